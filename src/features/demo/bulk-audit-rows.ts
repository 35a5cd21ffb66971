import { hash } from 'node:crypto';
import { GENESIS_HASH, type SealEntry } from '../audit/hash-chain.rules';
import { Columns } from './bulk-columns';
import type { StaffRef } from './bulk-context';
import { type AuditDraft, streamOfDraft } from './bulk-orders';

export const newAuditEvents = () =>
  new Columns('audit_events', {
    stream: 'text',
    seq: 'int',
    actor_id: 'uuid',
    actor_name: 'text',
    actor_role: 'text',
    action: 'text',
    object_type: 'text',
    object_id: 'text',
    before: 'jsonb',
    after: 'jsonb',
    occurred_at: 'text',
    source_ip: 'text',
    prev_hash: 'text',
    hash: 'text',
    recorded_at: 'timestamptz',
  });

const q = JSON.stringify;
const actorJson = new WeakMap<StaffRef, string>();

/**
 * canonicalJson(payload) for an AuditPayload, written out with its keys already in sorted
 * order: the generic canonicalJson sorts the keys of every one of millions of events and was
 * half of the seeder's CPU time. bulk-audit-rows.test.ts checks it against canonicalJson and
 * chainHash, and verifyAuditChains on a seeded database checks the whole chain.
 */
export function payloadJson(
  tenantId: string,
  stream: string,
  seq: number,
  e: AuditDraft,
  occurredAt: string,
  before: string,
  after: string,
): string {
  let actor = actorJson.get(e.actor);
  if (actor === undefined) {
    actor = `"actorId":${q(e.actor.id)},"actorName":${q(e.actor.name)},"actorRole":${q(e.actor.role)}`;
    actorJson.set(e.actor, actor);
  }
  return (
    `{"action":${q(e.action)},${actor},"after":${after},"before":${before},` +
    `"objectId":${q(e.objectId)},"objectType":${q(e.objectType)},` +
    `"occurredAt":${q(occurredAt)},"seq":${seq},"sourceIp":null,"stream":${q(stream)},` +
    `"tenantId":${q(tenantId)}}`
  );
}

/** chainHash(prevHash, payload), given the payload's canonical JSON (one-shot: no Hash object). */
export const hashLink = (prevHash: string, json: string) =>
  hash('sha256', `${prevHash}\n${json}`, 'hex');

/**
 * Appends one object's events (a new stream: seq from 1, prev_hash from GENESIS_HASH) and
 * returns the stream's head. `before`/`after` go to jsonb as their canonical JSON, which is
 * also what the hash covers.
 */
export function appendStream(
  rows: ReturnType<typeof newAuditEvents>,
  tenantId: string,
  events: readonly AuditDraft[],
): SealEntry {
  let head: SealEntry = { stream: streamOfDraft(events[0]!), headSeq: 0, headHash: GENESIS_HASH };
  for (const e of events) {
    const seq = head.headSeq + 1;
    const occurredAt = new Date(e.atMs).toISOString();
    // makeOrder writes keys in sorted order: plain JSON.stringify is canonical and 5× faster.
    const before = JSON.stringify(e.before);
    const after = JSON.stringify(e.after);
    const json = payloadJson(tenantId, head.stream, seq, e, occurredAt, before, after);
    const link = hashLink(head.headHash, json);
    rows.push({
      stream: head.stream,
      seq,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      actor_role: e.actor.role,
      action: e.action,
      object_type: e.objectType,
      object_id: e.objectId,
      before: e.before === null ? null : before,
      after: e.after === null ? null : after,
      occurred_at: occurredAt,
      source_ip: null,
      prev_hash: head.headHash,
      hash: link,
      recorded_at: occurredAt,
    });
    head = { stream: head.stream, headSeq: seq, headHash: link };
  }
  return head;
}
