import { desc, eq, sql } from 'drizzle-orm';
import { type Db, inTenant } from '../../platform/db';
import { auditSeals } from '../audit/audit.table';
import type { Batch } from './bulk-batch';
import { Columns, insertColumns } from './bulk-columns';
import { buildSeals } from './bulk-seals';

/**
 * Writes one batch in one tenant transaction: calls before orders (the foreign key), then the
 * audit events, the stream heads (already sealed) and the seals. The seal chain is extended
 * under the same advisory lock as sealAuditChains, so a running server's sealer waits for us.
 */
export async function writeBatch(
  db: Db,
  tenantId: string,
  batch: Batch,
  sealedAt: string,
): Promise<void> {
  await inTenant(db, tenantId, async (tx) => {
    const tenant = { tenant_id: sql`${tenantId}::uuid` };
    await insertColumns(tx, batch.calls, tenant);
    await insertColumns(tx, batch.workOrders, tenant);
    await insertColumns(tx, batch.events, tenant);
    const heads = new Columns('audit_stream_heads', {
      stream: 'text',
      seq: 'int',
      hash: 'text',
      sealed_seq: 'int',
    });
    for (const h of batch.heads)
      heads.push({ stream: h.stream, seq: h.headSeq, hash: h.headHash, sealed_seq: h.headSeq });
    await insertColumns(tx, heads, tenant);
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'audit-seal:' + tenantId}))`);
    const [last] = await tx
      .select({ seq: auditSeals.seq, hash: auditSeals.hash })
      .from(auditSeals)
      .where(eq(auditSeals.tenantId, tenantId))
      .orderBy(desc(auditSeals.seq))
      .limit(1);
    const { seals, entries } = buildSeals(tenantId, last, batch.heads, sealedAt);
    await insertColumns(tx, seals, tenant);
    await insertColumns(tx, entries, tenant);
  });
}
