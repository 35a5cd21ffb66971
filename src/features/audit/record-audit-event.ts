import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { systemClock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import type { Actor } from './actor';
import { auditEvents, auditStreamHeads } from './audit.table';
import { type AuditPayload, chainHash, GENESIS_HASH, streamOf } from './hash-chain.rules';

export interface AuditChange {
  action: string;
  objectType: string;
  objectId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Appends one event to the record's hash chain, in the caller's transaction, so the change and
 * its audit event commit or roll back together.
 */
export async function recordAuditEvent(
  tx: Tx,
  actor: Actor,
  change: AuditChange,
  clock: Clock = systemClock,
): Promise<void> {
  const stream = streamOf(change.objectType, change.objectId);
  const [head] = await tx
    .select({ seq: auditStreamHeads.seq, hash: auditStreamHeads.hash })
    .from(auditStreamHeads)
    .where(and(eq(auditStreamHeads.tenantId, actor.tenantId), eq(auditStreamHeads.stream, stream)))
    .for('update');
  const payload: AuditPayload = {
    tenantId: actor.tenantId,
    stream,
    seq: (head?.seq ?? 0) + 1,
    actorId: actor.userId,
    actorName: actor.name,
    actorRole: actor.role,
    action: change.action,
    objectType: change.objectType,
    objectId: change.objectId,
    before: change.before ?? null,
    after: change.after ?? null,
    occurredAt: clock.now().toISOString(),
    sourceIp: actor.sourceIp,
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, payload);
  await tx.insert(auditEvents).values({ ...payload, prevHash, hash });
  await tx
    .insert(auditStreamHeads)
    .values({ tenantId: actor.tenantId, stream, seq: payload.seq, hash })
    .onConflictDoUpdate({
      target: [auditStreamHeads.tenantId, auditStreamHeads.stream],
      set: { seq: sql`excluded.seq`, hash: sql`excluded.hash` },
    });
}
