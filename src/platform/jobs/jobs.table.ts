import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id } from '../db/columns';

export const JOB_STATES = ['pending', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * Durable jobs and timers: a row per thing to do at `run_at` (fire a deadline warning, deliver
 * a notification). A platform table like `sessions`: the runner finds due jobs of every tenant,
 * then does each one inside that tenant's transaction, where marking it done and its effects
 * commit together — so a job's effects happen once, across crashes and restarts.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    tenantId: uuid('tenant_id').notNull(),
    kind: text('kind').notNull(),
    /** Optional: at most one pending job per key (re-arming a timer replaces it). */
    key: text('key'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    state: text('state', { enum: JOB_STATES }).notNull().default('pending'),
    runAt: at('run_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(8),
    /** A runner holds a claimed job until then; after it, another runner may take it. */
    lockedUntil: at('locked_until'),
    lastError: text('last_error'),
    doneAt: at('done_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`state = 'pending'`),
    uniqueIndex('jobs_pending_key')
      .on(t.tenantId, t.key)
      .where(sql`state = 'pending'`),
  ],
);
