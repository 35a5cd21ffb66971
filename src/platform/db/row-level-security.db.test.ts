import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  createTestWorkOrder,
  manualClock,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { rowsOf } from './rows';
import { inTenant } from './tenant-transaction';

/** Tables read by a global key before the tenant is known; they hold no business data. */
const PLATFORM_TABLES = [
  'tenants',
  'login_names',
  'sessions',
  'login_attempts',
  'public_tokens',
  'jobs',
];

let tdb: TestDatabase;
const db = () => tdb.database.db;
const clock = manualClock();

beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb?.close());

describe('row-level security', () => {
  it('is enabled and forced on every table with a tenant_id, except the platform tables', async () => {
    const result = await db().execute(sql`
      SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`);
    const tables = rowsOf<{ name: string; enabled: boolean; forced: boolean }>(result).filter(
      (t) => !PLATFORM_TABLES.includes(t.name),
    );
    expect(tables.length).toBeGreaterThanOrEqual(12);
    expect(tables.filter((t) => !t.enabled || !t.forced).map((t) => t.name)).toEqual([]);
  });

  it('the application does not own the tables it uses', async () => {
    const result = await db().execute(sql`
      SELECT current_user AS me, (SELECT tableowner FROM pg_tables WHERE tablename = 'work_orders') AS owner`);
    const [row] = rowsOf<{ me: string; owner: string }>(result);
    expect(row!.me).toBe('aftersales_app');
    expect(row!.owner).not.toBe('aftersales_app');
  });

  it("hides another tenant's rows even from a query that forgets the tenant filter", async () => {
    const a = await createTestTenant(db(), clock, 'Tenant A');
    const b = await createTestTenant(db(), clock, 'Tenant B');
    await createTestWorkOrder(db(), a);
    const orderB = await createTestWorkOrder(db(), b);
    const seenByA = await inTenant(db(), a.tenantId, (tx) =>
      tx.execute(sql`SELECT id, tenant_id FROM work_orders`),
    );
    const ids = rowsOf<{ id: string; tenant_id: string }>(seenByA);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((r) => r.tenant_id === a.tenantId)).toBe(true);
    expect(ids.map((r) => r.id)).not.toContain(orderB.id);
    const updated = await inTenant(db(), a.tenantId, (tx) =>
      tx.execute(
        sql`UPDATE work_orders SET urgency = 'critical' WHERE id = ${orderB.id} RETURNING id`,
      ),
    );
    expect(rowsOf(updated)).toEqual([]);
    const outside = await db().execute(sql`SELECT count(*)::int AS n FROM work_orders`);
    expect(rowsOf<{ n: number }>(outside)[0]!.n).toBe(0); // no tenant set: nothing at all
  });

  it('refuses to write a row into another tenant', async () => {
    const a = await createTestTenant(db(), clock, 'Tenant C');
    const b = await createTestTenant(db(), clock, 'Tenant D');
    const write = inTenant(db(), a.tenantId, (tx) =>
      tx.execute(sql`INSERT INTO customers (tenant_id, name) VALUES (${b.tenantId}, 'sneaky')`),
    );
    await expect(write).rejects.toThrow();
  });
});
