import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';

/**
 * 维修收费标准, versioned: a draft is edited, publishing freezes it; the newest published
 * version in effect on a day applies. `content` is validated by the fees schemas.
 */
export const feeStandards = pgTable(
  'fee_standards',
  {
    id: id(),
    tenantId: tenantId(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    content: jsonb('content').$type<unknown>().notNull(),
    note: text('note'),
    publishedAt: at('published_at'),
    publishedBy: uuid('published_by').references(() => users.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('fee_standards_version_key').on(t.tenantId, t.version)],
);

/** A quote made from one fee-standard version; it keeps that version forever. */
export const quotes = pgTable(
  'quotes',
  {
    id: id(),
    tenantId: tenantId(),
    feeStandardId: uuid('fee_standard_id')
      .notNull()
      .references(() => feeStandards.id),
    feeStandardVersion: integer('fee_standard_version').notNull(),
    assetId: uuid('asset_id'),
    serviceRequestId: uuid('service_request_id'),
    workOrderId: uuid('work_order_id'),
    /** What was priced (category, level, zone or distance, parts) and the warranty applied. */
    input: jsonb('input').$type<unknown>().notNull(),
    lines: jsonb('lines').$type<unknown>().notNull(),
    totalCents: integer('total_cents').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('quotes_work_order_idx').on(t.tenantId, t.workOrderId),
    index('quotes_request_idx').on(t.tenantId, t.serviceRequestId),
  ],
);
