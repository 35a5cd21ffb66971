import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Tx } from './database';
import type * as schema from './schema';
import { forgetAhead, sendAhead } from './send-ahead';
import type { TenantTransactionOpener } from './tenant-transaction';

/**
 * Tenant work on node-postgres in fewer round trips. Nothing goes out when it opens: BEGIN
 * and the tenant setting ride ahead of its first query (`sendAhead`), so a transaction costs
 * one round trip more than its queries (the COMMIT), and a read of one statement costs one.
 * The tenant id is checked to be a UUID (`inTenant`) before it is inlined. Each pooled
 * connection keeps one Drizzle instance instead of building one per request.
 */
export function pgTenantWork(pool: pg.Pool, tables: typeof schema) {
  const perClient = new WeakMap<pg.PoolClient, NodePgDatabase<typeof schema>>();
  const txOf = (client: pg.PoolClient) => {
    let tx = perClient.get(client);
    if (!tx) perClient.set(client, (tx = drizzle(client, { schema: tables })));
    return tx as unknown as Tx;
  };

  const transaction: TenantTransactionOpener = async (tenantId, work) => {
    const client = await pool.connect();
    try {
      sendAhead(client, ['BEGIN', `SET LOCAL app.tenant_id = '${tenantId}'`]);
      try {
        const result = await work(txOf(client));
        // Still waiting: no query ran, so no transaction was begun.
        if (!forgetAhead(client)) await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!forgetAhead(client)) await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      client.release();
    }
  };

  /**
   * Each query is its own implicit transaction (PostgreSQL's, up to the round trip's Sync)
   * with the tenant setting ahead of it, read-only: a write fails instead of committing alone.
   */
  const read: TenantTransactionOpener = async (tenantId, work) => {
    const client = await pool.connect();
    try {
      sendAhead(
        client,
        [
          `SELECT set_config('app.tenant_id', '${tenantId}', true), ` +
            `set_config('transaction_read_only', 'on', true)`,
        ],
        true,
      );
      return await work(txOf(client));
    } finally {
      forgetAhead(client);
      client.release();
    }
  };

  return { transaction, read };
}
