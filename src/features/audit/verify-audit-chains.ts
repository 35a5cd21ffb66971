import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { type Queryable, rowsOf } from '../../platform/db';
import { auditEvents, auditSealEntries, auditSeals } from './audit.table';
import { type AuditPayload, chainHash, GENESIS_HASH, sealHash } from './hash-chain.rules';

export interface BrokenLink {
  tenantId: string;
  /** The record's stream, or `seal` for the seal chain. */
  stream: string;
  seq: number;
  reason: string;
}

export interface VerifyResult {
  eventsChecked: number;
  streamsChecked: number;
  sealsChecked: number;
  firstBroken: BrokenLink | null;
}

const BATCH = 5_000;

/** Recomputes every link of a tenant's audit chains and seals; stops at the first broken one. */
export async function verifyAuditChains(db: Queryable, tenantId: string): Promise<VerifyResult> {
  const result: VerifyResult = {
    eventsChecked: 0,
    streamsChecked: 0,
    sealsChecked: 0,
    firstBroken: null,
  };
  const broken = (stream: string, seq: number, reason: string) => {
    result.firstBroken = { tenantId, stream, seq, reason };
    return result;
  };
  let cursor: { stream: string; seq: number } | null = null;
  let current = { stream: '', seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const rows: (typeof auditEvents.$inferSelect)[] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          cursor
            ? or(
                gt(auditEvents.stream, cursor.stream),
                and(eq(auditEvents.stream, cursor.stream), gt(auditEvents.seq, cursor.seq)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(auditEvents.stream), asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of rows) {
      if (row.stream !== current.stream) {
        result.streamsChecked++;
        current = { stream: row.stream, seq: 0, hash: GENESIS_HASH };
      }
      if (row.seq !== current.seq + 1)
        return broken(row.stream, row.seq, `expected seq ${current.seq + 1}`);
      if (row.prevHash !== current.hash)
        return broken(row.stream, row.seq, 'prev_hash does not match the previous event');
      const payload: AuditPayload = {
        tenantId: row.tenantId,
        stream: row.stream,
        seq: row.seq,
        actorId: row.actorId,
        actorName: row.actorName,
        actorRole: row.actorRole,
        action: row.action,
        objectType: row.objectType,
        objectId: row.objectId,
        before: row.before ?? null,
        after: row.after ?? null,
        occurredAt: row.occurredAt,
        sourceIp: row.sourceIp,
      };
      if (chainHash(row.prevHash, payload) !== row.hash)
        return broken(row.stream, row.seq, 'content does not match its hash');
      current = { stream: row.stream, seq: row.seq, hash: row.hash };
      result.eventsChecked++;
    }
    if (rows.length < BATCH) break;
    const last = rows[rows.length - 1]!;
    cursor = { stream: last.stream, seq: last.seq };
  }
  return verifySeals(db, tenantId, result, broken);
}

async function verifySeals(
  db: Queryable,
  tenantId: string,
  result: VerifyResult,
  broken: (stream: string, seq: number, reason: string) => VerifyResult,
): Promise<VerifyResult> {
  const seals = await db
    .select()
    .from(auditSeals)
    .where(eq(auditSeals.tenantId, tenantId))
    .orderBy(asc(auditSeals.seq));
  let prev = GENESIS_HASH;
  for (const [index, seal] of seals.entries()) {
    if (seal.seq !== index + 1) return broken('seal', seal.seq, `expected seal ${index + 1}`);
    if (seal.prevHash !== prev)
      return broken('seal', seal.seq, 'prev_hash does not match the previous seal');
    const entries = await db
      .select({
        stream: auditSealEntries.stream,
        headSeq: auditSealEntries.headSeq,
        headHash: auditSealEntries.headHash,
      })
      .from(auditSealEntries)
      .where(and(eq(auditSealEntries.tenantId, tenantId), eq(auditSealEntries.sealSeq, seal.seq)));
    if (
      sealHash(seal.prevHash, { tenantId, seq: seal.seq, sealedAt: seal.sealedAt, entries }) !==
      seal.hash
    ) {
      return broken('seal', seal.seq, 'seal content does not match its hash');
    }
    prev = seal.hash;
    result.sealsChecked++;
  }
  // Every sealed head must still be in its chain with the same hash: a deleted or rewritten
  // tail event shows up here even when the remaining chain is consistent.
  const missing = await db.execute(sql`
    SELECT s.stream, s.head_seq FROM audit_seal_entries s
    LEFT JOIN audit_events e
      ON e.tenant_id = s.tenant_id AND e.stream = s.stream AND e.seq = s.head_seq AND e.hash = s.head_hash
    WHERE s.tenant_id = ${tenantId} AND e.id IS NULL
    ORDER BY s.seal_seq, s.stream LIMIT 1`);
  const row = rowsOf<{ stream: string; head_seq: number }>(missing)[0];
  if (row) return broken(row.stream, Number(row.head_seq), 'a sealed event is missing or changed');
  return result;
}
