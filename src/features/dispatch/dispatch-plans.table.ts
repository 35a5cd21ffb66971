import { date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId } from '../../platform/db/columns';
import type { DayPlan } from './day-plan.types';

/** A proposed day plan: reviewed on the board, then applied (or superseded by a newer one). */
export const dispatchPlans = pgTable(
  'dispatch_plans',
  {
    id: id(),
    tenantId: tenantId(),
    day: date('day').notNull(),
    status: text('status', { enum: ['draft', 'applied', 'superseded'] }).notNull(),
    seed: integer('seed').notNull(),
    timeLimitMs: integer('time_limit_ms').notNull(),
    plan: jsonb('plan').$type<DayPlan>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    appliedBy: uuid('applied_by'),
    appliedAt: at('applied_at'),
  },
  (t) => [index('dispatch_plans_day_idx').on(t.tenantId, t.day)],
);
