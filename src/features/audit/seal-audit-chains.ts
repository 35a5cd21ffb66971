import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { type Clock, systemClock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { auditSealEntries, auditSeals, auditStreamHeads } from './audit.table';
import { GENESIS_HASH, sealHash } from './hash-chain.rules';

const MAX_STREAMS_PER_SEAL = 5_000;

/**
 * Seals the heads of every stream that moved since the last seal into the tenant's seal chain,
 * so that deleting the newest events of a record is detected as well. Returns how many streams
 * were sealed (0: nothing new). Runs in the caller's tenant transaction.
 */
export async function sealAuditChains(
  tx: Tx,
  tenantId: string,
  clock: Clock = systemClock,
): Promise<number> {
  // One sealer per tenant at a time; writers of other records are not blocked.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'audit-seal:' + tenantId}))`);
  const heads = await tx
    .select({
      stream: auditStreamHeads.stream,
      seq: auditStreamHeads.seq,
      hash: auditStreamHeads.hash,
    })
    .from(auditStreamHeads)
    .where(
      and(
        eq(auditStreamHeads.tenantId, tenantId),
        gt(auditStreamHeads.seq, auditStreamHeads.sealedSeq),
      ),
    )
    .orderBy(auditStreamHeads.stream)
    .limit(MAX_STREAMS_PER_SEAL)
    .for('update');
  if (heads.length === 0) return 0;
  const [last] = await tx
    .select({ seq: auditSeals.seq, hash: auditSeals.hash })
    .from(auditSeals)
    .where(eq(auditSeals.tenantId, tenantId))
    .orderBy(desc(auditSeals.seq))
    .limit(1);
  const seq = (last?.seq ?? 0) + 1;
  const sealedAt = clock.now().toISOString();
  const entries = heads.map((h) => ({ stream: h.stream, headSeq: h.seq, headHash: h.hash }));
  const hash = sealHash(last?.hash ?? GENESIS_HASH, { tenantId, seq, sealedAt, entries });
  await tx
    .insert(auditSeals)
    .values({ tenantId, seq, prevHash: last?.hash ?? GENESIS_HASH, hash, sealedAt });
  await tx.insert(auditSealEntries).values(entries.map((e) => ({ tenantId, sealSeq: seq, ...e })));
  await tx
    .update(auditStreamHeads)
    .set({ sealedSeq: sql`${auditStreamHeads.seq}` })
    .where(
      and(
        eq(auditStreamHeads.tenantId, tenantId),
        inArray(
          auditStreamHeads.stream,
          entries.map((e) => e.stream),
        ),
      ),
    );
  return heads.length;
}
