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
import { createWorkOrder } from '../work-orders';
import { createHotlineCall } from './create-hotline-call';
import { listHotlineCallsQuery } from './hotline-call.schemas';
import { listHotlineCalls } from './list-hotline-calls';

let tdb: TestDatabase;
let t: TestTenant;
const clock = manualClock('2026-11-28T02:00:00Z');
const as = <T>(work: Parameters<typeof inTenant<T>>[2]) =>
  inTenant(tdb.database.db, t.tenantId, work);

beforeAll(async () => {
  tdb = await openTestDatabase();
  t = await createTestTenant(tdb.database.db, clock);
});
afterAll(() => tdb?.close());

describe('hotline calls (电话派工记录)', () => {
  it('records who took the call and when, and refuses a department of another customer', async () => {
    const call = await as((tx) =>
      createHotlineCall(tx, t.dispatcher, callInput(t, { urgency: 'critical' })),
    );
    expect(call).toMatchObject({
      receivedBy: { id: t.dispatcher.user.id, name: '调度员' },
      urgency: 'critical',
      workOrderId: null,
    });
    expect(call.receivedAt).toBe('2026-11-28T02:00:00.000Z');
    const other = await createTestTenant(tdb.database.db, clock, 'Other');
    const wrong = as((tx) =>
      createHotlineCall(
        tx,
        t.dispatcher,
        callInput(t, { departmentId: other.customer.departments[0]!.id }),
      ),
    );
    await expect(wrong).rejects.toEqual(new AppError('DEPARTMENT_MISMATCH'));
    const foreign = as((tx) =>
      createHotlineCall(tx, t.dispatcher, callInput(t, { customerId: other.customer.id })),
    );
    await expect(foreign).rejects.toEqual(new AppError('NOT_FOUND'));
  });

  it('lists by local day and by whether a work order was made', async () => {
    const at = async (iso: string) => {
      clock.set(iso);
      return as((tx) => createHotlineCall(tx, t.dispatcher, callInput(t)));
    };
    const lateOn27th = await at('2026-11-27T15:30:00Z'); // 23:30 in 银川
    const earlyOn28th = await at('2026-11-27T16:30:00Z'); // 00:30 on the 28th
    await as((tx) => createWorkOrder(tx, t.dispatcher, { hotlineCallId: earlyOn28th.id }));
    const list = (q: object) =>
      as((tx) =>
        listHotlineCalls(tx, t.dispatcher, listHotlineCallsQuery.parse({ pageSize: 100, ...q })),
      );
    const on27 = await list({ from: '2026-11-27', to: '2026-11-27' });
    expect(on27.items.map((c) => c.id)).toEqual([lateOn27th.id]);
    expect(on27.total).toBe(1);
    const open28 = await list({ from: '2026-11-28', to: '2026-11-28', hasWorkOrder: 'false' });
    expect(open28.items.map((c) => c.id)).not.toContain(earlyOn28th.id);
    const done28 = await list({ from: '2026-11-28', hasWorkOrder: 'true' });
    expect(done28.items).toMatchObject([
      { id: earlyOn28th.id, workOrderNumber: 'WO-20261128-0001' },
    ]);
  });
});
