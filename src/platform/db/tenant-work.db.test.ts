import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  createTestWorkOrder,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import type { Tx } from './database';
import { GENERIC_PLAN } from './pg-client-queries';
import { rowsOf } from './rows';
import { inTenant, readInTenant } from './tenant-transaction';

// inTenant and readInTenant on whichever engine the suite runs: on PostgreSQL, BEGIN and the
// tenant setting ride ahead of the first query (pg-pipelined-query), so these check that the
// setting, the transaction and the connection come out as if each had its own round trip.

let tdb: TestDatabase;
const db = () => tdb.database.db;
const clock = manualClock();
let a: TestTenant;
let b: TestTenant;
let orderOfB: string;
/** More rounds than the pool has connections, so every pooled connection is exercised. */
const ROUNDS = 14;

const customerNames = (tx: Parameters<Parameters<typeof inTenant>[2]>[0]) =>
  tx.execute(sql`SELECT tenant_id, name FROM customers WHERE name = 'tw-probe'`);
/** Why a query failed: Drizzle wraps the driver's error, whose message says it. */
const failure = (work: Promise<unknown>) =>
  work.then(
    () => 'did not fail',
    (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
  );
const tenantSetting = async () =>
  rowsOf<{ t: string | null }>(
    await db().execute(sql`SELECT nullif(current_setting('app.tenant_id', true), '') AS t`),
  )[0]!.t;

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant work A');
  b = await createTestTenant(db(), clock, 'Tenant work B');
  await createTestWorkOrder(db(), a);
  orderOfB = (await createTestWorkOrder(db(), b)).id;
});
afterAll(() => tdb?.close());

describe('readInTenant', () => {
  it("sees its tenant's rows, in every query it runs, and never another tenant's", async () => {
    const { first, second } = await readInTenant(db(), a.tenantId, async (tx) => ({
      first: rowsOf<{ id: string; tenant_id: string }>(
        await tx.execute(sql`SELECT id, tenant_id FROM work_orders`),
      ),
      second: rowsOf<{ n: number }>(
        await tx.execute(sql`SELECT count(*)::int AS n FROM work_orders WHERE id = ${orderOfB}`),
      ),
    }));
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.tenant_id === a.tenantId)).toBe(true);
    expect(second).toEqual([{ n: 0 }]);
  });

  it('refuses a write, and nothing is written', async () => {
    const write = readInTenant(db(), a.tenantId, (tx) =>
      tx.execute(sql`INSERT INTO customers (tenant_id, name) VALUES (${a.tenantId}, 'tw-probe')`),
    );
    expect(await failure(write)).toMatch(/read-only/);
    const seen = await inTenant(db(), a.tenantId, customerNames);
    expect(rowsOf(seen)).toEqual([]);
  });

  it('leaves no tenant setting on the pooled connections', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await readInTenant(db(), b.tenantId, (tx) => tx.execute(sql`SELECT 1`));
    }
    await Promise.all(Array.from({ length: ROUNDS }, () => tenantSetting())).then((seen) =>
      expect(seen.every((t) => t === null)).toBe(true),
    );
  });
});

describe('inTenant', () => {
  it('commits what its queries wrote, as one transaction', async () => {
    await inTenant(db(), a.tenantId, async (tx) => {
      await tx.execute(
        sql`INSERT INTO customers (tenant_id, name) VALUES (${a.tenantId}, 'tw-probe')`,
      );
      await tx.execute(sql`UPDATE customers SET phone = '1' WHERE name = 'tw-probe'`);
    });
    const seen = rowsOf<{ tenant_id: string }>(await inTenant(db(), a.tenantId, customerNames));
    expect(seen.map((r) => r.tenant_id)).toEqual([a.tenantId]);
    expect(rowsOf(await inTenant(db(), b.tenantId, customerNames))).toEqual([]);
  });

  it('rolls back every write when a later query fails, and the connection serves the next', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const failing = inTenant(db(), b.tenantId, async (tx) => {
        await tx.execute(
          sql`INSERT INTO customers (tenant_id, name) VALUES (${b.tenantId}, 'tw-probe')`,
        );
        await tx.execute(sql`SELECT 1 / ${round - round}::int`);
      });
      expect(await failure(failing)).toMatch(/division by zero/);
    }
    expect(rowsOf(await inTenant(db(), b.tenantId, customerNames))).toEqual([]);
  });

  it('fails cleanly when its first query fails, and the same statement then runs again', async () => {
    // The first query carries BEGIN and the tenant setting; it is a prepared statement whose
    // text parses but fails when run, so each connection must remember it as prepared.
    const divide = (by: number) =>
      inTenant(db(), a.tenantId, (tx) =>
        tx.execute(sql`SELECT 10 / ${by}::int AS v, current_setting('app.tenant_id') AS t`),
      );
    for (let round = 0; round < ROUNDS; round++) {
      expect(await failure(divide(0))).toMatch(/division by zero/);
      const [row] = rowsOf<{ v: number; t: string }>(await divide(5));
      expect(row).toEqual({ v: 2, t: a.tenantId });
    }
  });

  it('fails cleanly when its first query does not parse, and the next transaction works', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const broken = inTenant(db(), a.tenantId, (tx) =>
        tx.execute(sql`SELECT FROM WHERE ${round}::int`),
      );
      expect(await failure(broken)).toMatch(/syntax/);
    }
    const seen = await inTenant(db(), a.tenantId, (tx) =>
      tx.execute(sql`SELECT count(*)::int AS n FROM work_orders`),
    );
    expect(rowsOf<{ n: number }>(seen)[0]!.n).toBeGreaterThan(0);
  });

  it('fails cleanly on a value the driver cannot send, and the next transaction works', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (let round = 0; round < ROUNDS; round++) {
      const unsendable = inTenant(db(), a.tenantId, (tx) =>
        tx.execute(sql`SELECT ${circular}::jsonb AS v`),
      );
      expect(await failure(unsendable)).toMatch(/circular/i);
    }
    const [row] = rowsOf<{ t: string }>(
      await inTenant(db(), b.tenantId, (tx) =>
        tx.execute(sql`SELECT current_setting('app.tenant_id') AS t`),
      ),
    );
    expect(row!.t).toBe(b.tenantId);
  });

  it('returns what work returns when it runs no query, and leaves no setting behind', async () => {
    await expect(inTenant(db(), a.tenantId, async () => 'nothing asked')).resolves.toBe(
      'nothing asked',
    );
    await Promise.all(
      Array.from({ length: ROUNDS }, () =>
        inTenant(db(), a.tenantId, (tx) => tx.execute(sql`SELECT 1`)),
      ),
    );
    const seen = await Promise.all(Array.from({ length: ROUNDS }, () => tenantSetting()));
    expect(seen.every((t) => t === null)).toBe(true);
  });
});

describe('GENERIC_PLAN', () => {
  // On PostgreSQL a read's statement named GENERIC_PLAN runs with its generic plan; PGlite has
  // no reads of their own (a read is a transaction there) and plans every run as before.
  const onServer = Boolean(process.env.TEST_DATABASE_URL);
  const planMode = (tx: Tx, name: string) =>
    tx
      .select({ mode: sql<string>`current_setting('plan_cache_mode')` })
      .from(sql`(SELECT 1 AS tw_generic_probe) AS probe`)
      .prepare(name)
      .execute();
  const plansMade = (tx: Tx) =>
    tx.execute(
      sql`SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
          WHERE statement LIKE '%tw_generic_probe%' AND statement NOT LIKE '%pg_prepared_statements%'`,
    );

  it('asks for the generic plan in a read, for that query alone', async () => {
    const seen = await readInTenant(db(), a.tenantId, async (tx) => ({
      generic: await planMode(tx, GENERIC_PLAN),
      next: await tx.execute(sql`SELECT current_setting('plan_cache_mode') AS mode`),
      plans: onServer ? rowsOf(await plansMade(tx)) : [],
    }));
    expect(seen.generic).toEqual([{ mode: onServer ? 'force_generic_plan' : 'auto' }]);
    expect(rowsOf(seen.next)).toEqual([{ mode: 'auto' }]);
    if (onServer) expect(seen.plans).toEqual([{ generic: 1, custom: 0 }]);
  });

  it('is an ordinary statement in a transaction, where a setting would outlast it', async () => {
    const seen = await inTenant(db(), a.tenantId, async (tx) => ({
      marked: await planMode(tx, GENERIC_PLAN),
      next: await tx.execute(sql`SELECT current_setting('plan_cache_mode') AS mode`),
    }));
    expect(seen.marked).toEqual([{ mode: 'auto' }]);
    expect(rowsOf(seen.next)).toEqual([{ mode: 'auto' }]);
  });

  it('leaves no setting on the pooled connections', async () => {
    for (let round = 0; round < ROUNDS; round++)
      await readInTenant(db(), b.tenantId, (tx) => planMode(tx, GENERIC_PLAN));
    const modes = await Promise.all(
      Array.from({ length: ROUNDS }, () =>
        db().execute(sql`SELECT current_setting('plan_cache_mode') AS mode`),
      ),
    );
    expect(modes.flatMap((r) => rowsOf(r))).toEqual(
      Array.from({ length: ROUNDS }, () => ({ mode: 'auto' })),
    );
  });
});
