import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Tx } from './database';
import type * as schema from './schema';
import type { TenantTransactionOpener } from './tenant-transaction';

/**
 * Tenant transactions on node-postgres in fewer round trips: BEGIN and the tenant setting go
 * out as one simple-protocol message (the id is checked to be a UUID before it is inlined),
 * and each pooled connection keeps one Drizzle instance instead of building one per request.
 */
export function pgTenantTransactions(
  pool: pg.Pool,
  tables: typeof schema,
): TenantTransactionOpener {
  const perClient = new WeakMap<pg.PoolClient, NodePgDatabase<typeof schema>>();
  return async (tenantId, work) => {
    const client = await pool.connect();
    try {
      await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)`);
      let tx = perClient.get(client);
      if (!tx) perClient.set(client, (tx = drizzle(client, { schema: tables })));
      try {
        const result = await work(tx as unknown as Tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      client.release();
    }
  };
}
