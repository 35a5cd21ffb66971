import { date, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';

/**
 * 服务承诺, the one source: time limits by urgency and area, chase cadences, the 14-day
 * notice, business hours and service zones. One row per tenant; `content` is validated by the
 * commitments schemas; every change is audited.
 */
export const serviceCommitments = pgTable('service_commitments', {
  id: id(),
  tenantId: tenantId().unique('service_commitments_tenant_key'),
  content: jsonb('content').$type<unknown>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A day that breaks the weekly pattern: a public holiday, or a 调休 make-up workday. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    id: id(),
    tenantId: tenantId(),
    day: date('day', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('calendar_days_day_key').on(t.tenantId, t.day)],
);
