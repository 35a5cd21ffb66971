import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import {
  callInput,
  createTestTenant,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { productCategories } from '../catalog/catalog.table';
import { updateCustomer } from '../customers';
import { createHotlineCall } from '../hotline';
import {
  technicianCertificates,
  technicianProfiles,
  technicianSkills,
} from '../technicians/technicians.table';
import {
  createWorkOrder,
  listWorkOrders,
  listWorkOrdersQuery,
  setAppointment,
} from '../work-orders';
import { applyDayPlan } from './apply-day-plan';
import { getDispatchBoard } from './get-dispatch-board';
import { moveOnBoard } from './move-on-board';
import { proposeDayPlan } from './propose-day-plan';
import { recommendForOrder } from './recommend-for-order';

let tdb: TestDatabase;
let t: TestTenant;
const day = '2026-11-30'; // a Monday
const clock = manualClock('2026-11-29T12:00:00Z'); // planning the day before
const db = () => tdb.database.db;
const as = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), t.tenantId, work);
let medical: string;
let printers: string;
const orders: string[] = [];

beforeAll(async () => {
  tdb = await openTestDatabase();
  t = await createTestTenant(db(), clock);
  await as(async (tx) => {
    const [med, prn] = await tx
      .insert(productCategories)
      .values([
        {
          tenantId: t.tenantId,
          code: 'MED',
          name: '医疗设备',
          defaultMinutes: 90,
          requiresCertificate: true,
        },
        { tenantId: t.tenantId, code: 'PRN', name: '打印机', defaultMinutes: 45 },
      ])
      .returning();
    medical = med!.id;
    printers = prn!.id;
    const base = { lat: 38.47, lng: 106.27 };
    for (const tech of [t.technician, t.technician2]) {
      await tx.insert(technicianProfiles).values({
        userId: tech.user.id,
        tenantId: t.tenantId,
        baseLat: base.lat,
        baseLng: base.lng,
      });
      await tx.insert(technicianSkills).values([
        { tenantId: t.tenantId, userId: tech.user.id, categoryId: medical, level: 2 },
        { tenantId: t.tenantId, userId: tech.user.id, categoryId: printers, level: 2 },
      ]);
    }
    // Only the first technician holds a valid medical certificate; the second's has expired.
    await tx.insert(technicianCertificates).values([
      {
        tenantId: t.tenantId,
        userId: t.technician.user.id,
        categoryId: medical,
        name: '医疗器械维修证',
        expiresOn: '2027-12-31',
      },
      {
        tenantId: t.tenantId,
        userId: t.technician2.user.id,
        categoryId: medical,
        name: '医疗器械维修证',
        expiresOn: '2026-10-31',
      },
    ]);
    await updateCustomer(tx, t.admin, t.customer.id, { lat: 38.49, lng: 106.23 });
    for (const [categoryId, urgency] of [
      [medical, 'critical'],
      [printers, 'normal'],
      [printers, 'normal'],
      [medical, 'normal'],
    ] as const) {
      const call = await createHotlineCall(tx, t.dispatcher, callInput(t, { categoryId, urgency }));
      orders.push((await createWorkOrder(tx, t.dispatcher, { hotlineCallId: call.id })).id);
    }
  });
});
afterAll(() => tdb?.close());

describe('dispatch', () => {
  it('recommends the certified technician first for medical work and says why not the other', async () => {
    clock.set('2026-11-30T01:00:00Z'); // Monday 09:00
    const ranked = await as((tx) => recommendForOrder(tx, t.dispatcher, orders[0]!));
    expect(ranked[0]).toMatchObject({ technicianId: t.technician.user.id, eligible: true });
    expect(ranked.find((r) => r.technicianId === t.technician2.user.id)).toMatchObject({
      eligible: false,
      ineligible: [{ code: 'certificate-expired' }],
    });
    clock.set('2026-11-29T12:00:00Z');
  });

  it('proposes the same plan for the same day and seed', async () => {
    const input = { day, timeLimitSeconds: 0.5, seed: 42, keepAssignments: true, locks: [] };
    const first = await proposeDayPlan(db(), t.dispatcher, input);
    const second = await proposeDayPlan(db(), t.dispatcher, input);
    expect(second.plan.routes).toEqual(first.plan.routes);
    expect(second.plan.unplanned).toEqual(first.plan.unplanned);
  });

  it('proposes a plan that serves everything, applies it, and technicians see their jobs in order', async () => {
    const record = await proposeDayPlan(db(), t.dispatcher, {
      day,
      timeLimitSeconds: 0.5,
      seed: 1,
      keepAssignments: true,
      locks: [],
    });
    expect(record.status).toBe('draft');
    expect(record.plan.totals).toMatchObject({ orders: 4, planned: 4, urgentUnplanned: 0 });
    const medicalStops = record.plan.routes.flatMap((r) =>
      r.stops.map((s) => [s.workOrderId, r.technicianId]),
    );
    for (const id of [orders[0], orders[3]])
      expect(medicalStops).toContainEqual([id, t.technician.user.id]);

    const board = await as(async (tx) => {
      await applyDayPlan(tx, t.dispatcher, record.id);
      return getDispatchBoard(tx, t.dispatcher, day);
    });
    expect(board.unassigned).toEqual([]);
    expect(board.draft).toBeNull();
    const mine = await as((tx) =>
      listWorkOrders(
        tx,
        t.technician,
        listWorkOrdersQuery.parse({ mine: 'true', sort: 'plannedStart', order: 'asc' }),
      ),
    );
    const planned = record.plan.routes
      .find((r) => r.technicianId === t.technician.user.id)!
      .stops.map((s) => s.workOrderId);
    expect(mine.items.map((o) => o.id)).toEqual(planned);
    expect(mine.items.every((o) => o.plannedStart !== null)).toBe(true);
    await expect(as((tx) => applyDayPlan(tx, t.dispatcher, record.id))).rejects.toEqual(
      new AppError('PLAN_NOT_DRAFT'),
    );
  });

  it('refuses a board move the technician cannot take, and says why', async () => {
    const move = as((tx) =>
      moveOnBoard(tx, t.dispatcher, {
        day,
        workOrderId: orders[0]!,
        technicianId: t.technician2.user.id,
        position: 0,
      }),
    );
    await expect(move).rejects.toMatchObject({ code: 'NOT_ELIGIBLE' });
    await move.catch((e: AppError) =>
      expect(String(e.params.reasonsEn)).toContain('expired on 2026-10-31'),
    );
  });

  it('refuses a move that breaks an agreed window', async () => {
    await as((tx) =>
      setAppointment(tx, t.dispatcher, orders[1]!, {
        start: '2026-11-30T08:30:00+08:00',
        end: '2026-11-30T08:40:00+08:00',
        agreed: true,
      }),
    );
    const board = await as((tx) => getDispatchBoard(tx, t.dispatcher, day));
    const owner = board.technicians.find((tech) =>
      tech.jobs.some((j) => j.workOrderId === orders[1]),
    )!;
    const move = as((tx) =>
      moveOnBoard(tx, t.dispatcher, {
        day,
        workOrderId: orders[1]!,
        technicianId: owner.id,
        position: 5,
      }),
    );
    await expect(move).rejects.toMatchObject({
      code: 'NOT_ELIGIBLE',
      params: { reasonsEn: 'cannot arrive within an agreed window' },
    });
  });

  it('moves a printer job to the other technician and re-times the route', async () => {
    const board = await as((tx) =>
      moveOnBoard(tx, t.dispatcher, {
        day,
        workOrderId: orders[2]!,
        technicianId: t.technician2.user.id,
        position: 0,
      }),
    );
    const second = board.technicians.find((tech) => tech.id === t.technician2.user.id)!;
    expect(second.jobs[0]!.workOrderId).toBe(orders[2]);
    const starts = second.jobs.map((j) => j.plannedStart!);
    expect([...starts].sort()).toEqual(starts);
    expect(starts[0]! >= '2026-11-30T00:30:00.000Z').toBe(true); // not before the 08:30 shift
  });
});
