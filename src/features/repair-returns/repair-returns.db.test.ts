import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { getServiceRequest, recordWalkIn, walkInBody } from '../intake';
import { assets } from '../installed-base';
import { loanerUnits, loans, warehouses } from '../inventory/inventory.table';
import { getWorkOrder } from '../work-orders/get-work-order';
import { takeBackItem } from '../work-orders';
import {
  code,
  CUSTOMER_SIGNATURE,
  driveTo,
  onSiteWorldForFile,
  orderFor,
  setUpOnSiteWorld,
} from '../work-orders/on-site.test-fixtures';
import { getRepairReturn } from './get-repair-return';
import { listRepairReturns } from './list-repair-returns';
import { listRepairReturnsQuery } from './repair-return.schemas';
import {
  driveReturnTo,
  PRINTER,
  readAs,
  takenBackReturn,
  vendorOf,
} from './repair-return.test-fixtures';
import { repairReturnListItems } from './repair-return-list-items';
import { repairReturnChases, repairReturnNotices, repairReturns } from './repair-returns.table';
import { walkInReturn } from './walk-in-return';

const clock = manualClock('2026-11-28T02:00:00Z');
const w = onSiteWorldForFile(clock);
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

async function takeBack(description: string) {
  const order = await orderFor(w, { assetId: w.inWarrantyAssetId });
  await driveTo(w, order.id, 'confirmed');
  await w.as((tx) =>
    takeBackItem(tx, w.t.technician, order.id, {
      items: [{ description, condition: '待检测' }],
      ...CUSTOMER_SIGNATURE,
    }),
  );
  return order;
}

const list = (query: Record<string, string>) =>
  w.as((tx) => listRepairReturns(tx, w.clerk, listRepairReturnsQuery.parse(query)));

const setReturn = (id: string, values: Partial<typeof repairReturns.$inferInsert>) =>
  w.as((tx) => tx.update(repairReturns).set(values).where(eq(repairReturns.id, id)));

describe('repair returns', () => {
  it('are numbered per day, listed newest first, searchable, and kept within the tenant', async () => {
    const first = await takeBack('打印机');
    clock.advance(60_000);
    const second = await takeBack('扫描仪');
    clock.set('2026-11-28T16:30:00Z'); // 00:30 the next day in 上海
    const third = await takeBack('复印机');
    const all = await list({});
    expect(all.items.map((r) => [r.number, r.workOrder.id])).toEqual([
      ['RR-20261129-0001', third.id],
      ['RR-20261128-0002', second.id],
      ['RR-20261128-0001', first.id],
    ]);
    const page = await list({ pageSize: '1', page: '2' });
    expect([page.total, page.items.map((r) => r.number)]).toEqual([3, ['RR-20261128-0002']]);
    const byNumber = await list({ q: second.number });
    expect(byNumber.items.map((r) => r.workOrder.id)).toEqual([second.id]);
    const byCustomer = await list({ q: '医院' });
    expect(byCustomer.total).toBe(3);

    const other = await setUpOnSiteWorld(w.db, clock);
    expect(await code(other.as((tx) => getRepairReturn(tx, other.clerk, all.items[0]!.id)))).toBe(
      'NOT_FOUND',
    );
    const theirs = await other.as((tx) =>
      listRepairReturns(tx, other.clerk, listRepairReturnsQuery.parse({})),
    );
    expect(theirs.total).toBe(0);
    expect(
      await other.as((tx) =>
        repairReturnListItems(tx, other.t.tenantId, [all.items[0]!.id], clock.now()),
      ),
    ).toEqual([]);
  });

  it('list what the clerk follows: vendor, chases, notices, days away; filtered by each', async () => {
    clock.set('2026-12-01T02:00:00Z');
    const vendorId = await vendorOf(w, '联想售后');
    const away = await takenBackReturn(w, {
      assetId: w.inWarrantyAssetId,
      items: [PRINTER, { ...PRINTER, description: '硒鼓', serialNumber: 'TONER-77' }],
    });
    await driveReturnTo(w, away.id, 'registered', vendorId);
    await driveReturnTo(w, away.id, 'shipped');
    const quiet = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });

    clock.advance(5 * DAY + 3 * HOUR);
    // Due two days ago: a day past due is overdue.
    await setReturn(away.id, { nextChaseAt: new Date(clock.now().getTime() - 2 * DAY) });
    await w.as((tx) =>
      tx.insert(repairReturnNotices).values({
        tenantId: w.t.tenantId,
        repairReturnId: away.id,
        reason: 'expected_late',
        dueAt: new Date(clock.now().getTime() - HOUR),
      }),
    );
    const [row] = await w.as((tx) =>
      repairReturnListItems(tx, w.t.tenantId, [away.id], clock.now()),
    );
    expect(row).toMatchObject({
      id: away.id,
      status: 'shipped',
      source: 'take_back',
      urgent: false,
      vendor: { id: vendorId, name: '联想售后' },
      takenBy: { id: w.t.technician.user.id, name: '维修一' },
      itemCount: 2,
      firstItem: '激光打印机',
      expectedReturnOn: '2026-12-10',
      chaseOverdue: true,
      noticeDue: true,
      daysAtVendor: 5,
    });

    const overdue = await list({ chaseOverdue: 'true' });
    expect(overdue.items.map((r) => r.id)).toEqual([away.id]);
    const notOverdue = await list({ chaseOverdue: 'false' });
    expect(notOverdue.items.map((r) => r.id)).toContain(quiet.id);
    expect(notOverdue.items.map((r) => r.id)).not.toContain(away.id);
    expect((await list({ vendorId })).items.map((r) => r.id)).toEqual([away.id]);
    expect((await list({ status: 'shipped,at_vendor' })).items.map((r) => r.id)).toEqual([away.id]);
    expect((await list({ q: 'toner-77' })).items.map((r) => r.id)).toEqual([away.id]);
    const quietRow = (await list({ q: quiet.number })).items[0]!;
    expect(quietRow).toMatchObject({
      vendor: null,
      chaseOverdue: false,
      noticeDue: false,
      daysAtVendor: null,
      nextChaseAt: null,
    });
  });

  it('show chases, notices and loans, and the cadence the return is chased on', async () => {
    clock.set('2026-12-10T02:00:00Z');
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    await driveReturnTo(w, rr.id, 'at_vendor');
    // Chased 30 hours after it fell due: more than a day, so late.
    const due = new Date('2026-12-10T20:00:00Z');
    await w.as(async (tx) => {
      await tx.insert(repairReturnChases).values([
        {
          tenantId: w.t.tenantId,
          repairReturnId: rr.id,
          chasedAt: new Date('2026-12-12T02:00:00Z'),
          chasedBy: w.clerk.user.id,
          contactName: '张工',
          answer: '下周寄回',
          promisedOn: '2026-12-18',
          dueAt: due,
        },
        {
          tenantId: w.t.tenantId,
          repairReturnId: rr.id,
          chasedAt: new Date('2026-12-10T06:00:00Z'),
          chasedBy: w.clerk.user.id,
          contactName: '张工',
          answer: '已收到',
        },
      ]);
      const [model] = await tx
        .select({ modelId: assets.modelId })
        .from(assets)
        .where(eq(assets.id, w.inWarrantyAssetId));
      const [warehouse] = await tx
        .insert(warehouses)
        .values({ tenantId: w.t.tenantId, code: 'WH1', name: '中心库', kind: 'central' })
        .returning();
      const [unit] = await tx
        .insert(loanerUnits)
        .values({
          tenantId: w.t.tenantId,
          code: 'LN-001',
          modelId: model!.modelId,
          serialNumber: 'LOAN1',
          warehouseId: warehouse!.id,
        })
        .returning();
      const [loan] = await tx
        .insert(loans)
        .values({
          tenantId: w.t.tenantId,
          loanerUnitId: unit!.id,
          customerId: w.t.customer.id,
          repairReturnId: rr.id,
          lentAt: new Date('2026-12-12T03:00:00Z'),
          lentBy: w.clerk.user.id,
          dueOn: '2026-12-31',
        })
        .returning();
      await tx.insert(repairReturnNotices).values({
        tenantId: w.t.tenantId,
        repairReturnId: rr.id,
        reason: 'expected_late',
        dueAt: new Date('2026-12-10T03:00:00Z'),
        doneAt: new Date('2026-12-12T03:00:00Z'),
        doneBy: w.clerk.user.id,
        channel: 'phone',
        message: '预计 12 月 18 日寄回',
        customerAnswer: '同意，借用备用机',
        loanerOffered: true,
        loanId: loan!.id,
      });
    });
    await setReturn(rr.id, {
      nextChaseAt: new Date('2026-12-14T02:00:00Z'),
      lastChasedAt: new Date('2026-12-12T02:00:00Z'),
      promisedOn: '2026-12-18',
    });
    clock.set('2026-12-13T02:00:00Z');
    const view = await readAs(w, w.clerk, rr.id);
    // Tested on 12-10, past its 15-day 包换期: 保修, chased weekly.
    expect(view.chase).toEqual({
      cadenceDays: 7,
      nextChaseAt: '2026-12-14T02:00:00.000Z',
      lastChasedAt: '2026-12-12T02:00:00.000Z',
      promisedOn: '2026-12-18',
      overdue: false,
    });
    expect(view.chases).toMatchObject([
      { answer: '已收到', dueAt: null, late: false, chasedBy: { name: '返修员' } },
      { answer: '下周寄回', promisedOn: '2026-12-18', dueAt: due.toISOString(), late: true },
    ]);
    const [loan] = view.loans;
    expect(view.loans).toEqual([
      {
        id: loan!.id,
        loanerCode: 'LN-001',
        lentAt: '2026-12-12T03:00:00.000Z',
        dueOn: '2026-12-31',
        returnedAt: null,
      },
    ]);
    expect(view.notices).toEqual([
      {
        id: view.notices[0]!.id,
        reason: 'expected_late',
        dueAt: '2026-12-10T03:00:00.000Z',
        doneAt: '2026-12-12T03:00:00.000Z',
        doneBy: { id: w.clerk.user.id, name: '返修员' },
        channel: 'phone',
        message: '预计 12 月 18 日寄回',
        customerAnswer: '同意，借用备用机',
        loanerOffered: true,
        loan: { id: loan!.id, loanerCode: 'LN-001', dueOn: '2026-12-31' },
      },
    ]);

    // 包换 is chased every two days, an urgent item daily whatever its warranty.
    await setReturn(rr.id, { coverage: 'replacement' });
    expect((await readAs(w, w.clerk, rr.id)).chase!.cadenceDays).toBe(2);
    await setReturn(rr.id, { coverage: 'none' });
    expect((await readAs(w, w.clerk, rr.id)).chase!.cadenceDays).toBe(7);
    await setReturn(rr.id, { urgent: true });
    expect((await readAs(w, w.clerk, rr.id)).chase!.cadenceDays).toBe(1);
    clock.set('2026-12-15T02:00:01Z');
    expect((await readAs(w, w.clerk, rr.id)).chase!.overdue).toBe(true);
  });
});

describe('a walk-in (送修)', () => {
  const walkIn = (ctx = w.clerk) =>
    w.as((tx) =>
      recordWalkIn(
        tx,
        ctx,
        walkInBody.parse({
          assetId: w.inWarrantyAssetId,
          contactName: '李护士',
          contactPhone: '13800000001',
          faultDescription: '卡纸后不能开机',
        }),
      ),
    );

  it('turns the counter’s request into an order taken in and a return', async () => {
    clock.set('2026-12-20T02:00:00Z');
    const { request } = await walkIn();
    const rr = await w.as((tx) =>
      walkInReturn(tx, w.clerk, {
        serviceRequestId: request.id,
        items: [{ description: '激光打印机', condition: '外观完好', accessories: '电源线' }],
        urgent: true,
      }),
    );
    expect(rr).toMatchObject({
      status: 'taken_back',
      source: 'walk_in',
      urgent: true,
      customer: { id: w.t.customer.id },
      asset: { id: w.inWarrantyAssetId },
      takenBy: { id: w.clerk.user.id },
      signatureImageUrl: null,
      items: [{ seq: 1, description: '激光打印机', accessories: '电源线' }],
    });
    const order = await w.as((tx) => getWorkOrder(tx, w.t.dispatcher, rr.workOrder.id));
    expect(order).toMatchObject({ status: 'taken_back', number: rr.workOrder.number });
    const converted = await w.as((tx) => getServiceRequest(tx, w.t.tenantId, request.id));
    expect(converted).toMatchObject({ status: 'converted' });

    expect(
      await code(
        w.as((tx) =>
          walkInReturn(tx, w.clerk, {
            serviceRequestId: request.id,
            items: [{ description: '激光打印机', condition: '外观完好' }],
            urgent: false,
          }),
        ),
      ),
    ).toBe('REQUEST_ALREADY_DECIDED');
  });

  it('is taken in by the counter, not by a technician', async () => {
    const { request } = await walkIn();
    const body = {
      serviceRequestId: request.id,
      items: [{ description: '扫描仪', condition: '完好' }],
      urgent: false,
    };
    expect(await code(w.as((tx) => walkInReturn(tx, w.t.technician, body)))).toBe('FORBIDDEN');
    const byDesk = await w.as((tx) => walkInReturn(tx, w.t.dispatcher, body));
    expect(byDesk.status).toBe('taken_back');
    const [row] = await w.as((tx) =>
      tx
        .select({ takenBy: repairReturns.takenBy })
        .from(repairReturns)
        .where(and(eq(repairReturns.tenantId, w.t.tenantId), eq(repairReturns.id, byDesk.id))),
    );
    expect(row!.takenBy).toBe(w.t.dispatcher.user.id);
  });
});
