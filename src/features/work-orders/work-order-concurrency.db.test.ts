import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { withIdempotency } from '../../platform/idempotency/with-idempotency';
import {
  callInput,
  createTestTenant,
  createTestWorkOrder,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { verifyAuditChains } from '../audit';
import { createHotlineCall } from '../hotline';
import { assignTechnician } from './assign-technician';
import { createWorkOrder } from './create-work-order';
import { getWorkOrder } from './get-work-order';
import { getWorkOrderHistory } from './get-work-order-history';

// Work-order writes that race: two transitions at once, two desks converting one call, a
// retried create, and creates sharing one prepared statement.

let tdb: TestDatabase;
let t: TestTenant;
const clock = manualClock('2026-11-28T02:00:00Z'); // 10:00 in 银川
const db = () => tdb.database.db;
const as = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), t.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

beforeAll(async () => {
  tdb = await openTestDatabase();
  t = await createTestTenant(db(), clock);
});
afterAll(() => tdb?.close());

describe('concurrency', () => {
  it('lets exactly one of two simultaneous transitions through; the other gets a 409 code', async () => {
    const order = await createTestWorkOrder(db(), t);
    const results = await Promise.all([
      code(
        as((tx) =>
          assignTechnician(tx, t.dispatcher, order.id, { technicianId: t.technician.user.id }),
        ),
      ),
      code(
        as((tx) =>
          assignTechnician(tx, t.dispatcher, order.id, { technicianId: t.technician2.user.id }),
        ),
      ),
    ]);
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    // PostgreSQL: the loser's conditional write matches no row (CONFLICT). PGlite runs one
    // transaction at a time, so the loser reads the new state (INVALID_TRANSITION). Both are 409.
    expect(results.filter((r) => r === 'CONFLICT' || r === 'INVALID_TRANSITION')).toHaveLength(1);
    const history = await as((tx) => getWorkOrderHistory(tx, t.dispatcher, order.id));
    expect(history.filter((h) => h.action === 'workOrder.assign')).toHaveLength(1);
  });

  it('converts a call once when two desks convert it at the same time; the other is told', async () => {
    const call = await as((tx) => createHotlineCall(tx, t.dispatcher, callInput(t)));
    const convert = () =>
      code(as((tx) => createWorkOrder(tx, t.dispatcher, { hotlineCallId: call.id })));
    const results = await Promise.all([convert(), convert(), convert()]);
    expect(results.sort()).toEqual(['ALREADY_HAS_WORK_ORDER', 'ALREADY_HAS_WORK_ORDER', 'ok']);
  });

  it('writes each order from its own call when creates share a prepared statement', async () => {
    // The create's statement is built once per connection and shape; more creates than the
    // pool has connections, of two tenants and two shapes (with and without a department),
    // run at once, so every connection runs it with other requests' values.
    const other = await createTestTenant(db(), clock, 'Other desk');
    const plans = Array.from({ length: 16 }, (_, i) => ({
      tenant: i % 2 === 0 ? t : other,
      urgency: (['normal', 'urgent', 'critical'] as const)[i % 3]!,
      fault: `故障-${i}`,
      withDepartment: i % 4 < 2,
    }));
    const calls = await Promise.all(
      plans.map((plan) =>
        inTenant(db(), plan.tenant.tenantId, (tx) =>
          createHotlineCall(
            tx,
            plan.tenant.dispatcher,
            callInput(plan.tenant, {
              urgency: plan.urgency,
              faultDescription: plan.fault,
              ...(plan.withDepartment ? {} : { departmentId: undefined }),
            }),
          ),
        ),
      ),
    );
    const created = await Promise.all(
      plans.map((plan, i) =>
        inTenant(db(), plan.tenant.tenantId, (tx) =>
          createWorkOrder(tx, plan.tenant.dispatcher, { hotlineCallId: calls[i]!.id }),
        ),
      ),
    );
    for (const [i, plan] of plans.entries()) {
      const order = await inTenant(db(), plan.tenant.tenantId, (tx) =>
        getWorkOrder(tx, plan.tenant.dispatcher, created[i]!.id),
      );
      expect(order).toEqual(created[i]);
      expect(order).toMatchObject({
        customer: { id: plan.tenant.customer.id },
        department: plan.withDepartment ? { id: plan.tenant.customer.departments[0]!.id } : null,
        urgency: plan.urgency,
        faultDescription: plan.fault,
      });
      expect(order.serviceClocks.map((c) => c.kind)).toEqual(['response', 'onSite', 'completion']);
      const history = await inTenant(db(), plan.tenant.tenantId, (tx) =>
        getWorkOrderHistory(tx, plan.tenant.dispatcher, order.id),
      );
      expect(history.map((h) => [h.action, h.actor?.name])).toEqual([
        ['workOrder.create', '调度员'],
      ]);
    }
    // An order's clocks are its urgency's: each urgency's response limit is its own.
    const responseLimit = (i: number) => created[i]!.serviceClocks[0]!.limitMinutes;
    for (const [i, plan] of plans.entries())
      expect(responseLimit(i)).toBe(
        responseLimit(plans.findIndex((p) => p.urgency === plan.urgency)),
      );
    expect(new Set(plans.map((_, i) => responseLimit(i))).size).toBe(3);
    // Numbers are distinct within each tenant, and every audit chain still verifies.
    for (const tenant of [t, other]) {
      const numbers = created.filter((_, i) => plans[i]!.tenant === tenant).map((o) => o.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      const verified = await inTenant(db(), tenant.tenantId, (tx) =>
        verifyAuditChains(tx, tenant.tenantId),
      );
      expect(verified.firstBroken).toBeNull();
    }
  });

  it('replays an idempotent create and never makes a duplicate, even when retried at once', async () => {
    const call = await as((tx) => createHotlineCall(tx, t.dispatcher, callInput(t)));
    const body = { hotlineCallId: call.id };
    const scope = {
      tenantId: t.tenantId,
      userId: t.dispatcher.user.id,
      key: `key-${call.id}`,
      request: body,
    };
    const attempt = () =>
      as((tx) => withIdempotency(tx, scope, () => createWorkOrder(tx, t.dispatcher, body)));
    const [a, b] = await Promise.all([attempt(), attempt()]);
    expect(a.result.id).toBe(b.result.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const c = await attempt();
    expect(c).toMatchObject({
      replayed: true,
      result: { id: a.result.id, number: a.result.number },
    });
    const other = as((tx) =>
      withIdempotency(tx, { ...scope, request: { hotlineCallId: t.customer.id } }, () =>
        createWorkOrder(tx, t.dispatcher, body),
      ),
    );
    expect(await code(other)).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
