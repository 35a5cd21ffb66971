import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';
import { customers } from '../customers/customers.table';
import { workOrders } from '../work-orders/work-orders.table';

/** The repair-return states; the returns workflow extends this list. */
export const REPAIR_RETURN_STATES = ['taken_back'] as const;
export type RepairReturnStatus = (typeof REPAIR_RETURN_STATES)[number];

/**
 * 返修单: an item the technician took back from the customer. Created in "taken back" by the
 * work order's take-back outcome, with the customer's signature on the list of what was taken.
 */
export const repairReturns = pgTable(
  'repair_returns',
  {
    id: id(),
    tenantId: tenantId(),
    number: text('number').notNull(),
    status: text('status', { enum: REPAIR_RETURN_STATES }).notNull(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    assetId: uuid('asset_id'),
    /** The signature on the take-back list (work_order_signatures). */
    signatureId: uuid('signature_id'),
    takenBy: uuid('taken_by')
      .notNull()
      .references(() => users.id),
    takenAt: at('taken_at').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('repair_returns_number_key').on(t.tenantId, t.number),
    index('repair_returns_status_idx').on(t.tenantId, t.status, t.createdAt.desc()),
    index('repair_returns_order_idx').on(t.tenantId, t.workOrderId),
  ],
);

/** One item taken: what it is, its condition and the accessories that went with it. */
export const repairReturnItems = pgTable(
  'repair_return_items',
  {
    id: id(),
    tenantId: tenantId(),
    repairReturnId: uuid('repair_return_id')
      .notNull()
      .references(() => repairReturns.id),
    seq: integer('seq').notNull(),
    description: text('description').notNull(),
    serialNumber: text('serial_number'),
    condition: text('condition').notNull(),
    accessories: text('accessories'),
  },
  (t) => [uniqueIndex('repair_return_items_seq_key').on(t.tenantId, t.repairReturnId, t.seq)],
);
