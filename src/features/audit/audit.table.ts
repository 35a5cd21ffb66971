import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, tenantId } from '../../platform/db/columns';

/**
 * Append-only audit events. Each record (stream) has its own hash chain, so writes to different
 * records never wait for each other; seals chain the heads of all streams periodically so that
 * a deleted tail event is detected too. The app's role may only INSERT and SELECT here.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenantId(),
    stream: text('stream').notNull(),
    seq: integer('seq').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    /** UTC instant with offset, as text, exactly as hashed. */
    occurredAt: text('occurred_at').notNull(),
    sourceIp: text('source_ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('audit_events_stream_seq_key').on(t.tenantId, t.stream, t.seq),
    index('audit_events_object_idx').on(t.tenantId, t.objectType, t.objectId),
  ],
);

/** The latest link of each stream: a cache for writers, never trusted by the verifier. */
export const auditStreamHeads = pgTable(
  'audit_stream_heads',
  {
    tenantId: tenantId(),
    stream: text('stream').notNull(),
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
    sealedSeq: integer('sealed_seq').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.stream] }),
    index('audit_stream_heads_unsealed_idx')
      .on(t.tenantId)
      .where(sql`seq > sealed_seq`),
  ],
);

export const auditSeals = pgTable(
  'audit_seals',
  {
    tenantId: tenantId(),
    seq: integer('seq').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    sealedAt: text('sealed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.seq] })],
);

export const auditSealEntries = pgTable(
  'audit_seal_entries',
  {
    tenantId: tenantId(),
    sealSeq: integer('seal_seq').notNull(),
    stream: text('stream').notNull(),
    headSeq: integer('head_seq').notNull(),
    headHash: text('head_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.sealSeq, t.stream] })],
);
