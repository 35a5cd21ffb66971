import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { AppError } from '../../platform/errors/app-error';
import { arriveOnSite } from './arrive-on-site';
import { approveQuote } from './approve-quote';
import { decideCarRequest } from './decide-car-request';
import { listCarRequests } from './car-request-views';
import { getOnSite } from './get-on-site';
import { DEFAULT_SERVICE_SETTINGS } from './get-service-settings';
import { getWorkOrder } from './get-work-order';
import { getWorkOrderHistory } from './get-work-order-history';
import {
  code,
  driveTo,
  FAKE_PNG_DATA_URL,
  FULL_CHECKLIST,
  noticesAbout,
  onSiteWorldForFile,
  orderAwaitingApproval,
  orderFor,
} from './on-site.test-fixtures';
import { requestCar } from './request-car';
import { rescheduleVisit } from './reschedule-visit';
import { startTravel } from './start-travel';
import { updateServiceSettings } from './update-service-settings';

const clock = manualClock('2026-11-28T02:00:00Z');
const w = onSiteWorldForFile(clock);

describe('travel modes', () => {
  it('allows a taxi for a normal job only with a reason, and refuses without changing anything', async () => {
    const me = w.t.technician;
    const order = await orderFor(w);
    await driveTo(w, order.id, 'scheduled');
    expect(await code(w.as((tx) => startTravel(tx, me, order.id, { mode: 'taxi' })))).toBe(
      'TRAVEL_REASON_REQUIRED',
    );
    expect(await code(w.as((tx) => startTravel(tx, me, order.id, { mode: 'own' })))).toBe(
      'TRAVEL_REASON_REQUIRED',
    );
    const still = await w.as((tx) => getWorkOrder(tx, me, order.id));
    expect(still.status).toBe('scheduled');
    expect((await w.as((tx) => getOnSite(tx, me, order.id))).visits).toEqual([]);
    const off = await w.as((tx) =>
      startTravel(tx, me, order.id, { mode: 'taxi', reason: '重要客户，设备停机' }),
    );
    expect(off.status).toBe('en_route');
    expect((await w.as((tx) => getOnSite(tx, me, order.id))).visits).toMatchObject([
      { seq: 1, travelMode: 'taxi', travelReason: '重要客户，设备停机' },
    ]);
  });

  it('allows a taxi or motorbike taxi for urgent jobs without a reason', async () => {
    for (const [urgency, mode] of [
      ['urgent', 'taxi'],
      ['critical', 'motorbike_taxi'],
    ] as const) {
      const order = await orderFor(w, { urgency });
      await driveTo(w, order.id, 'scheduled');
      const off = await w.as((tx) => startTravel(tx, w.t.technician, order.id, { mode }));
      expect(off.status).toBe('en_route');
    }
  });
});

describe('the company car', () => {
  it('is requested by the technician, decided by the dispatcher, and used by one trip', async () => {
    const { t } = w;
    const me = t.technician;
    const order = await orderFor(w);
    expect(
      await code(w.as((tx) => requestCar(tx, t.dispatcher, order.id, { reason: '设备较重' }))),
    ).toBe('FORBIDDEN');
    expect(
      await code(w.as((tx) => requestCar(tx, t.technician2, order.id, { reason: '设备较重' }))),
    ).toBe('NOT_FOUND');
    const first = await w.as((tx) => requestCar(tx, me, order.id, { reason: '设备较重' }));
    expect(first).toMatchObject({
      status: 'requested',
      workOrderNumber: order.number,
      requestedBy: { id: me.user.id, name: '维修一' },
      decidedBy: null,
    });
    expect(await noticesAbout(w, t.dispatcher.user.id, order.id)).toContainEqual({
      event: 'workOrder.carRequested',
      params: { number: order.number, technician: '维修一', reason: '设备较重' },
    });
    expect(await code(w.as((tx) => requestCar(tx, me, order.id, { reason: '再申请' })))).toBe(
      'CAR_REQUEST_PENDING',
    );
    const queue = await w.as((tx) => listCarRequests(tx, t.tenantId, { status: ['requested'] }));
    expect(queue.map((r) => r.id)).toContain(first.id);

    await driveTo(w, order.id, 'scheduled');
    expect(await code(w.as((tx) => startTravel(tx, me, order.id, { mode: 'company_car' })))).toBe(
      'CAR_NOT_APPROVED',
    );
    const declined = await w.as((tx) =>
      decideCarRequest(tx, t.dispatcher, first.id, { approve: false, note: '车辆已外出' }),
    );
    expect(declined).toMatchObject({
      status: 'declined',
      decidedBy: { id: t.dispatcher.user.id, name: '调度员' },
      decisionNote: '车辆已外出',
    });
    expect(
      await code(w.as((tx) => decideCarRequest(tx, t.dispatcher, first.id, { approve: true }))),
    ).toBe('CAR_REQUEST_DECIDED');
    clock.advance(60_000);
    const second = await w.as((tx) => requestCar(tx, me, order.id, { reason: '下午可用车' }));
    await w.as((tx) => decideCarRequest(tx, w.manager, second.id, { approve: true }));
    expect((await noticesAbout(w, me.user.id, order.id)).map((n) => n.params)).toEqual(
      expect.arrayContaining([
        { number: order.number, decision: 'declined' },
        { number: order.number, decision: 'approved' },
      ]),
    );
    // The named request must be the approved one; the declined one does not count.
    expect(
      await code(
        w.as((tx) =>
          startTravel(tx, me, order.id, { mode: 'company_car', carRequestId: first.id }),
        ),
      ),
    ).toBe('CAR_NOT_APPROVED');
    await w.as((tx) => startTravel(tx, me, order.id, { mode: 'company_car' }));
    const record = await w.as((tx) => getOnSite(tx, me, order.id));
    expect(record.carRequests.map((r) => [r.id, r.status])).toEqual([
      [second.id, 'used'],
      [first.id, 'declined'],
    ]);
    expect(record.visits[0]).toMatchObject({ travelMode: 'company_car' });
    expect(await code(w.as((tx) => requestCar(tx, me, order.id, { reason: '返程' })))).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('arrival', () => {
  it('refuses an arrival with the checklist not all ticked, naming what is missing', async () => {
    const me = w.t.technician;
    const order = await orderFor(w);
    await driveTo(w, order.id, 'en_route');
    const ticks = FULL_CHECKLIST.map((c, i) => ({ ...c, checked: i !== 2 }));
    const refused = await w
      .as((tx) => arriveOnSite(tx, me, order.id, { checklist: ticks.slice(1) }))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'CHECKLIST_INCOMPLETE',
      params: { items: '整理着装仪表、进门穿戴防污鞋套' },
    });
    expect((await w.as((tx) => getWorkOrder(tx, me, order.id))).status).toBe('en_route');
    expect((await w.as((tx) => getOnSite(tx, me, order.id))).visits[0]!.arrivedAt).toBeNull();
  });

  it("follows the tenant's own checklist once it is changed", async () => {
    const me = w.t.technician;
    await w.as((tx) =>
      updateServiceSettings(tx, w.t.admin, {
        arrivalChecklist: ['出示工作证'],
        replacementThresholdPercent: 60,
        slaWarnPercent: 75,
        version: 0,
      }),
    );
    const order = await orderFor(w);
    await driveTo(w, order.id, 'en_route');
    expect(
      await code(w.as((tx) => arriveOnSite(tx, me, order.id, { checklist: FULL_CHECKLIST }))),
    ).toBe('CHECKLIST_INCOMPLETE');
    const arrived = await w.as((tx) =>
      arriveOnSite(tx, me, order.id, { checklist: [{ item: '出示工作证', checked: true }] }),
    );
    expect(arrived.status).toBe('on_site');
    const record = await w.as((tx) => getOnSite(tx, me, order.id));
    expect(record.arrivalChecklist).toEqual(['出示工作证']);
    expect(record.replacement.thresholdPercent).toBe(60);
    await w.as((tx) =>
      updateServiceSettings(tx, w.t.admin, { ...DEFAULT_SERVICE_SETTINGS, version: 1 }),
    );
  });
});

describe('who may act', () => {
  it('hides an order from another technician, and refuses on-site steps to the desk', async () => {
    const { t } = w;
    const order = await orderFor(w);
    await driveTo(w, order.id, 'en_route');
    const arrive = (who: typeof t.dispatcher) =>
      code(w.as((tx) => arriveOnSite(tx, who, order.id, { checklist: FULL_CHECKLIST })));
    expect(await arrive(t.technician2)).toBe('NOT_FOUND');
    expect(await arrive(t.dispatcher)).toBe('FORBIDDEN');
    expect(await arrive(t.admin)).toBe('FORBIDDEN');
    expect(await arrive(w.clerk)).toBe('FORBIDDEN');
    expect(await arrive(t.technician)).toBe('ok');
  });

  it('lets the desk record a reschedule, and tells the dispatchers', async () => {
    const { t } = w;
    const order = await orderFor(w);
    await driveTo(w, order.id, 'scheduled');
    const moved = await w.as((tx) =>
      rescheduleVisit(tx, t.technician, order.id, {
        start: '2026-11-29T06:00:00Z',
        end: '2026-11-29T07:00:00Z',
        reason: '客户临时开会',
      }),
    );
    expect(moved).toMatchObject({
      status: 'scheduled',
      window: { start: '2026-11-29T06:00:00.000Z', end: '2026-11-29T07:00:00.000Z' },
    });
    expect(await noticesAbout(w, t.dispatcher.user.id, order.id)).toContainEqual({
      event: 'workOrder.rescheduled',
      params: { number: order.number, start: '2026-11-29T06:00:00.000Z', reason: '客户临时开会' },
    });
  });

  it('refuses a signature that is not a PNG, and records nothing', async () => {
    const { t } = w;
    const { order } = await orderAwaitingApproval(w);
    expect(
      await code(
        w.as((tx) =>
          approveQuote(tx, t.technician, order.id, {
            method: 'signature',
            signerName: '王老师',
            signaturePng: FAKE_PNG_DATA_URL,
          }),
        ),
      ),
    ).toBe('SIGNATURE_NOT_PNG');
    const after = await w.as((tx) => getWorkOrder(tx, t.technician, order.id));
    expect(after).toMatchObject({ status: 'awaiting_approval', quoteDecision: null });
    expect((await w.as((tx) => getOnSite(tx, t.technician, order.id))).signatures).toEqual([]);
  });
});

describe('concurrency', () => {
  it('lets one of two simultaneous arrivals through; the other gets a 409 code', async () => {
    const me = w.t.technician;
    const order = await orderFor(w);
    await driveTo(w, order.id, 'en_route');
    const arrive = () =>
      code(w.as((tx) => arriveOnSite(tx, me, order.id, { checklist: FULL_CHECKLIST })));
    const results = await Promise.all([arrive(), arrive()]);
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    // PostgreSQL: the loser's conditional write matches no row (CONFLICT); PGlite runs one
    // transaction at a time, so the loser reads the new state (INVALID_TRANSITION). Both 409.
    expect(results.filter((r) => r === 'CONFLICT' || r === 'INVALID_TRANSITION')).toHaveLength(1);
    const history = await w.as((tx) => getWorkOrderHistory(tx, w.t.dispatcher, order.id));
    expect(history.filter((h) => h.action === 'workOrder.arrive')).toHaveLength(1);
  });
});
