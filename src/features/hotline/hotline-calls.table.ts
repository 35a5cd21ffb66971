import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';
import { customers, departments } from '../customers/customers.table';

/** 电话派工记录: the service desk's record of a hotline call. */
export const hotlineCalls = pgTable(
  'hotline_calls',
  {
    id: id(),
    tenantId: tenantId(),
    callerName: text('caller_name').notNull(),
    callerPhone: text('caller_phone').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    departmentId: uuid('department_id').references(() => departments.id),
    deviceDescription: text('device_description').notNull(),
    faultDescription: text('fault_description').notNull(),
    categoryId: uuid('category_id'),
    /** The device, when the caller could name it (serial number or label). */
    assetId: uuid('asset_id'),
    urgency: text('urgency', { enum: ['normal', 'urgent', 'critical'] }).notNull(),
    receivedBy: uuid('received_by')
      .notNull()
      .references(() => users.id),
    receivedAt: at('received_at').notNull(),
    /** Set once, when the work order is created from this call (work_orders links back). */
    workOrderId: uuid('work_order_id'),
    workOrderNumber: text('work_order_number'),
    createdAt: createdAt(),
  },
  (t) => [index('hotline_calls_tenant_received_idx').on(t.tenantId, t.receivedAt)],
);
