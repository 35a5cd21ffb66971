import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId } from '../../platform/db/columns';

/** A product category (计算机, 打印机, 医疗设备 …): what a technician is skilled and certified in. */
export const productCategories = pgTable(
  'product_categories',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Typical on-site time, used to plan a day before a technician has looked at the job. */
    defaultMinutes: integer('default_minutes').notNull().default(60),
    /** Work on this category needs a valid certificate (e.g. medical devices). */
    requiresCertificate: boolean('requires_certificate').notNull().default(false),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('product_categories_code_key').on(t.tenantId, t.code)],
);
