import { sql } from 'drizzle-orm';
import type { Db, Tx } from './database';

/** Faster ways to run tenant work, which a driver may attach to its Db. */
export const OPEN_TENANT_TRANSACTION = Symbol('openTenantTransaction');
export const OPEN_TENANT_READ = Symbol('openTenantRead');
export type TenantTransactionOpener = <T>(
  tenantId: string,
  work: (tx: Tx) => Promise<T>,
) => Promise<T>;
type WithOpeners = Db & {
  [OPEN_TENANT_TRANSACTION]?: TenantTransactionOpener;
  [OPEN_TENANT_READ]?: TenantTransactionOpener;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertTenantId(tenantId: string): void {
  if (!UUID.test(tenantId)) throw new Error(`not a tenant id: ${tenantId}`);
}

/**
 * Runs work in one transaction scoped to a tenant: row-level security sees only that tenant's
 * rows, whatever the query forgets. Every request's database work goes through here or
 * through `readInTenant`.
 */
export function inTenant<T>(db: Db, tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  assertTenantId(tenantId);
  const open = (db as WithOpeners)[OPEN_TENANT_TRANSACTION];
  if (open) return open(tenantId, work);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('app.tenant_id', ${tenantId}, true)`);
    return work(tx);
  });
}

/**
 * Runs reading work scoped to a tenant, read-only: any write fails. On PostgreSQL each of its
 * queries carries the tenant setting in its own round trip instead of sharing a transaction,
 * so a one-query read costs one round trip; each query sees what was committed when it
 * started, as it would in a READ COMMITTED transaction. Elsewhere it is `inTenant`, read-only.
 */
export function readInTenant<T>(
  db: Db,
  tenantId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  assertTenantId(tenantId);
  const open = (db as WithOpeners)[OPEN_TENANT_READ];
  if (open) return open(tenantId, work);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('transaction_read_only', 'on', true)`,
    );
    return work(tx);
  });
}
