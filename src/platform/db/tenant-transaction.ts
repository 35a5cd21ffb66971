import { sql } from 'drizzle-orm';
import type { Db, Tx } from './database';

/**
 * Runs work in one transaction scoped to a tenant: row-level security sees only that tenant's
 * rows, whatever the query forgets. Every request's database work goes through here.
 */
export function inTenant<T>(db: Db, tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('app.tenant_id', ${tenantId}, true)`);
    return work(tx);
  });
}
