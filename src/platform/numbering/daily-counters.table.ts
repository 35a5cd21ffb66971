import { date, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/** Per-tenant, per-day sequences behind numbers such as WO-20261128-0001. */
export const dailyCounters = pgTable(
  'daily_counters',
  {
    tenantId: uuid('tenant_id').notNull(),
    scope: text('scope').notNull(),
    day: date('day').notNull(),
    value: integer('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.scope, t.day] })],
);
