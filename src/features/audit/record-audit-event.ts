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
  /** The record was created in this transaction: its chain starts here, nothing to look up. */
  isNew?: boolean;
}

/**
 * Appends one event to the record's hash chain, in the caller's transaction, so the change and
 * its audit event commit or roll back together. The event and the chain's head are written in
 * one statement; the head row is locked first, so two writers of one record take turns.
 */
export async function recordAuditEvent(
  tx: Tx,
  actor: Actor,
  change: AuditChange,
  clock: Clock = systemClock,
): Promise<void> {
  const stream = streamOf(change.objectType, change.objectId);
  const [head] = change.isNew
    ? []
    : await tx
        .select({ seq: auditStreamHeads.seq, hash: auditStreamHeads.hash })
        .from(auditStreamHeads)
        .where(
          and(eq(auditStreamHeads.tenantId, actor.tenantId), eq(auditStreamHeads.stream, stream)),
        )
        .for('update');
  const p = payloadOf(actor, change, (head?.seq ?? 0) + 1, clock);
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, p);
  const json = (value: Record<string, unknown> | null) =>
    value === null ? null : JSON.stringify(value);
  await tx.execute(sql`
    WITH event AS (
      INSERT INTO audit_events (tenant_id, stream, seq, actor_id, actor_name, actor_role, action,
        object_type, object_id, before, after, occurred_at, source_ip, prev_hash, hash)
      VALUES (${p.tenantId}, ${p.stream}, ${p.seq}, ${p.actorId}, ${p.actorName}, ${p.actorRole}, ${p.action},
        ${p.objectType}, ${p.objectId}, ${json(p.before)}::jsonb, ${json(p.after)}::jsonb, ${p.occurredAt},
        ${p.sourceIp}, ${prevHash}, ${hash})
      RETURNING 1
    )
    INSERT INTO audit_stream_heads (tenant_id, stream, seq, hash)
    VALUES (${p.tenantId}, ${p.stream}, ${p.seq}, ${hash})
    ON CONFLICT (tenant_id, stream) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`);
}

function payloadOf(actor: Actor, change: AuditChange, seq: number, clock: Clock): AuditPayload {
  return {
    tenantId: actor.tenantId,
    stream: streamOf(change.objectType, change.objectId),
    seq,
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
}

/**
 * The first event of a record created by one statement and its chain's head, as rows for
 * `firstAuditEventWrites`.
 */
export function firstAuditEvent(
  actor: Actor,
  change: Omit<AuditChange, 'isNew'>,
  clock: Clock = systemClock,
) {
  const p = payloadOf(actor, change, 1, clock);
  const hash = chainHash(GENESIS_HASH, p);
  return {
    event: { ...p, prevHash: GENESIS_HASH, hash },
    head: { tenantId: p.tenantId, stream: p.stream, seq: p.seq, hash },
  };
}

/**
 * The first event's writes as CTEs of the statement that creates the record (`tx.with(...)`):
 * the record and its audit event are written in one round trip. A head already there for the
 * record fails the statement: a new record has no chain yet.
 */
export function firstAuditEventWrites(tx: Tx, first: ReturnType<typeof firstAuditEvent>) {
  return [
    tx
      .$with('audit_event')
      .as(tx.insert(auditEvents).values(first.event).returning({ id: auditEvents.id })),
    tx
      .$with('audit_head')
      .as(tx.insert(auditStreamHeads).values(first.head).returning({ seq: auditStreamHeads.seq })),
  ];
}
