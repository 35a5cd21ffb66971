import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId } from '../../platform/db/columns';

export const SLA_KINDS = ['response', 'onSite', 'completion'] as const;
export type SlaKind = (typeof SLA_KINDS)[number];
export const SLA_TIMER_STATES = ['running', 'paused', 'met', 'stopped'] as const;
export type SlaTimerState = (typeof SLA_TIMER_STATES)[number];

/**
 * One service-commitment deadline of a work order (response = customer contacted; on site;
 * completion), counted in business time. Breach is a flag, not a state: a breached clock runs
 * on until it is met, late. Pausing (waiting for the customer or parts) keeps the business
 * minutes left and moves the deadline when the clock resumes.
 */
export const slaTimers = pgTable(
  'sla_timers',
  {
    id: id(),
    tenantId: tenantId(),
    /** The work order; `subjectLabel` (its number) lets notifications name it without a join. */
    workOrderId: uuid('work_order_id').notNull(),
    subjectLabel: text('subject_label').notNull(),
    kind: text('kind', { enum: SLA_KINDS }).notNull(),
    state: text('state', { enum: SLA_TIMER_STATES }).notNull(),
    /** The limit in business minutes, from the commitments in force when the clock started. */
    limitMinutes: integer('limit_minutes').notNull(),
    startedAt: at('started_at').notNull(),
    warnAt: at('warn_at').notNull(),
    dueAt: at('due_at').notNull(),
    warnedAt: at('warned_at'),
    breachedAt: at('breached_at'),
    metAt: at('met_at'),
    pausedAt: at('paused_at'),
    /** Business minutes spent paused, over all pauses. */
    pausedMinutes: integer('paused_minutes').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('sla_timers_order_kind_key').on(t.tenantId, t.workOrderId, t.kind),
    index('sla_timers_open_due_idx').on(t.tenantId, t.state, t.dueAt),
  ],
);
