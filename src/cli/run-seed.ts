import { sql } from 'drizzle-orm';
import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import { type Db, inTenant, openDatabase } from '../platform/db';
import { sealAuditChains } from '../features/audit';
import { addBulkWorkOrders, findDemoTenant, seedDemo } from '../features/demo';
import type { SeedArgs } from './seed-args';

/** Seals the demo tenant's chains, as the server does after seeding a fresh database. */
async function sealTenant(db: Db, tenantId: string, clock: Clock): Promise<void> {
  while ((await inTenant(db, tenantId, (tx) => sealAuditChains(tx, tenantId, clock))) > 0);
}

/**
 * Makes sure the demo company exists, then adds `args.orders` work orders in bulk.
 *
 * It connects as the owner, not as the app role: the bulk load ends with VACUUM ANALYZE, which only
 * the tables' owner may run, and without fresh statistics the first list queries on a million
 * new rows get bad plans. Every write still goes through inTenant, which sets app.tenant_id:
 * row-level security is FORCEd, so an owner that is not a superuser is scoped like the app,
 * and the policies' WITH CHECK proves every row lands in the demo tenant.
 */
export async function runSeed(
  config: Config,
  args: SeedArgs,
  clock: Clock,
  log: (line: string) => void,
): Promise<void> {
  const database = await openDatabase(config, { asOwner: true, poolSize: 2 });
  try {
    const db = database.db;
    let tenant = await findDemoTenant(db);
    if (tenant && args.orders === 0) {
      log(`演示公司已存在 / The demo company already exists (tenant ${tenant.id}); nothing to do.`);
      return;
    }
    if (!tenant) {
      const summary = await seedDemo(db, clock);
      await sealTenant(db, summary.tenantId, clock);
      log(
        `seeded the demo company: ${summary.users} users, ${summary.customers} customers, ` +
          `${summary.workOrders} work orders (tenant ${summary.tenantId})`,
      );
      tenant = (await findDemoTenant(db))!;
    }
    if (args.orders === 0) return;
    const started = performance.now();
    const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
    const result = await addBulkWorkOrders(db, tenant, {
      orders: args.orders,
      batchSize: args.batchSize,
      seed: args.seed,
      nowMs: clock.now().getTime(),
      onProgress: (done, total) =>
        log(
          `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} work orders, ${seconds()} s`,
        ),
    });
    // VACUUM too: it sets the visibility map, so counts are index-only scans from the start.
    await db.execute(
      sql`VACUUM ANALYZE hotline_calls, work_orders, audit_events, audit_stream_heads`,
    );
    log(
      `added ${result.orders.toLocaleString('en')} work orders ` +
        `(+ as many hotline calls, ${result.auditEvents.toLocaleString('en')} audit events) ` +
        `in ${seconds()} s`,
    );
  } finally {
    await database.close();
  }
}
