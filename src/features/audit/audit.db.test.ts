import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import {
  createTestTenant,
  createTestWorkOrder,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { assignTechnician, closeWorkOrder } from '../work-orders';
import { sealAuditChains } from './seal-audit-chains';
import { verifyAuditChains } from './verify-audit-chains';

let tdb: TestDatabase;
let t: TestTenant;
const clock = manualClock();
const db = () => tdb.database.db;
const verify = () => inTenant(db(), t.tenantId, (tx) => verifyAuditChains(tx, t.tenantId));
const seal = () => inTenant(db(), t.tenantId, (tx) => sealAuditChains(tx, t.tenantId, clock));

/** A work order with three events in its chain: create, assign, close. */
async function closedOrder() {
  const order = await createTestWorkOrder(db(), t);
  await inTenant(db(), t.tenantId, async (tx) => {
    await assignTechnician(tx, t.dispatcher, order.id, { technicianId: t.technician.user.id });
    await closeWorkOrder(tx, t.technician, order.id, { resolution: '修好了' });
  });
  return order;
}

/** Tampering needs the owner with the append-only triggers off: what an attacker with the
 * database files could do, never the application. */
const tamper = (statement: string) =>
  tdb.asOwner(
    `ALTER TABLE audit_events DISABLE TRIGGER USER; ${statement}; ALTER TABLE audit_events ENABLE TRIGGER USER`,
  );

beforeAll(async () => {
  tdb = await openTestDatabase();
});
beforeEach(async () => {
  t = await createTestTenant(db(), clock, `Audit ${Math.random()}`);
});
afterAll(() => tdb?.close());

describe('audit trail', () => {
  it('writes one chained event per change, and the chains verify', async () => {
    const order = await closedOrder();
    await seal();
    const result = await verify();
    expect(result.firstBroken).toBeNull();
    expect(result.sealsChecked).toBe(1);
    const rows = await inTenant(db(), t.tenantId, (tx) =>
      tx.execute(
        sql`SELECT seq, action, actor_role, source_ip, occurred_at FROM audit_events WHERE object_id = ${order.id} ORDER BY seq`,
      ),
    );
    const events = (
      rows as unknown as {
        rows: {
          seq: number;
          action: string;
          actor_role: string;
          source_ip: string;
          occurred_at: string;
        }[];
      }
    ).rows;
    expect(events.map((e) => [e.seq, e.action, e.actor_role])).toEqual([
      [1, 'workOrder.create', 'dispatcher'],
      [2, 'workOrder.assign', 'dispatcher'],
      [3, 'workOrder.close', 'technician'],
    ]);
    expect(events[0]!.source_ip).toBe('127.0.0.1');
    expect(events[0]!.occurred_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('the application role cannot update or delete audit events', async () => {
    await closedOrder();
    const attempt = (statement: string) =>
      inTenant(db(), t.tenantId, (tx) => tx.execute(sql.raw(statement))).then(
        () => 'allowed',
        (e: unknown) => String((e as { cause?: Error }).cause?.message ?? e),
      );
    expect(await attempt(`UPDATE audit_events SET action = 'x'`)).toMatch(/permission denied/);
    expect(await attempt(`DELETE FROM audit_events`)).toMatch(/permission denied/);
    expect(await attempt(`UPDATE audit_seals SET hash = 'x'`)).toMatch(/permission denied/);
  });

  it('detects a changed event and names it', async () => {
    const order = await closedOrder();
    await tamper(
      `UPDATE audit_events SET after = '{"status":"closed","resolution":"伪造"}' WHERE object_id = '${order.id}' AND seq = 3`,
    );
    expect((await verify()).firstBroken).toMatchObject({
      stream: `workOrder:${order.id}`,
      seq: 3,
      reason: 'content does not match its hash',
    });
  });

  it('detects a deleted event in the middle of a chain', async () => {
    const order = await closedOrder();
    await tamper(`DELETE FROM audit_events WHERE object_id = '${order.id}' AND seq = 2`);
    expect((await verify()).firstBroken).toMatchObject({
      stream: `workOrder:${order.id}`,
      seq: 3,
      reason: 'expected seq 2',
    });
  });

  it('detects an inserted event', async () => {
    const order = await closedOrder();
    await tamper(
      `INSERT INTO audit_events (tenant_id, stream, seq, actor_role, action, object_type, object_id, occurred_at, prev_hash, hash)
       SELECT tenant_id, stream, 4, 'admin', 'workOrder.reopen', object_type, object_id, occurred_at, hash, repeat('0', 64)
       FROM audit_events WHERE object_id = '${order.id}' AND seq = 3`,
    );
    expect((await verify()).firstBroken).toMatchObject({ stream: `workOrder:${order.id}`, seq: 4 });
  });

  it('detects a deleted newest event once its chain was sealed', async () => {
    const order = await closedOrder();
    await seal();
    await tamper(`DELETE FROM audit_events WHERE object_id = '${order.id}' AND seq = 3`);
    expect((await verify()).firstBroken).toMatchObject({
      stream: `workOrder:${order.id}`,
      seq: 3,
      reason: 'a sealed event is missing or changed',
    });
  });

  it('seals only what moved since the last seal, in a chain of seals', async () => {
    await closedOrder();
    const first = await seal();
    expect(first).toBeGreaterThan(0);
    expect(await seal()).toBe(0);
    await closedOrder();
    expect(await seal()).toBeGreaterThan(0);
    expect(await verify()).toMatchObject({ sealsChecked: 2, firstBroken: null });
  });
});
