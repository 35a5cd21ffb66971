import { doublePrecision, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';

/** A customer organisation, such as a hospital. Never deleted: cancelled with a reason. */
export const customers = pgTable(
  'customers',
  {
    id: id(),
    tenantId: tenantId(),
    /** The customer's own code, the key an Excel re-import matches on (else the name). */
    code: text('code'),
    name: text('name').notNull(),
    phone: text('phone'),
    address: text('address'),
    /** The service zone (市区, 郊县 …) from the commitments: decides time limits and travel fees. */
    zone: text('zone'),
    /** The site's coordinates (WGS-84), for travel estimates and route planning. */
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    cancelledAt: at('cancelled_at'),
    cancelReason: text('cancel_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('customers_tenant_name_idx').on(t.tenantId, t.name),
    uniqueIndex('customers_code_key').on(t.tenantId, t.code),
  ],
);

/** 科室: a department of a customer, the usual reporter of faults. */
export const departments = pgTable(
  'departments',
  {
    id: id(),
    tenantId: tenantId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    phone: text('phone'),
    createdAt: createdAt(),
  },
  (t) => [index('departments_customer_idx').on(t.tenantId, t.customerId)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    tenantId: tenantId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    departmentId: uuid('department_id').references(() => departments.id),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    title: text('title'),
    createdAt: createdAt(),
  },
  (t) => [
    index('contacts_customer_idx').on(t.tenantId, t.customerId),
    index('contacts_phone_idx').on(t.tenantId, t.phone),
  ],
);
