import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';

/**
 * A warranty policy: 包换期 (replacement period, in days) then 保修期 (repair warranty, in
 * months), both counted from installation (or purchase), and what each covers.
 */
export const warrantyPolicies = pgTable(
  'warranty_policies',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    replacementDays: integer('replacement_days').notNull(),
    repairMonths: integer('repair_months').notNull(),
    replacementCoversParts: boolean('replacement_covers_parts').notNull().default(true),
    replacementCoversLabour: boolean('replacement_covers_labour').notNull().default(true),
    replacementCoversTravel: boolean('replacement_covers_travel').notNull().default(true),
    repairCoversParts: boolean('repair_covers_parts').notNull().default(true),
    repairCoversLabour: boolean('repair_covers_labour').notNull().default(true),
    repairCoversTravel: boolean('repair_covers_travel').notNull().default(false),
    note: text('note'),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('warranty_policies_name_key').on(t.tenantId, t.name)],
);
