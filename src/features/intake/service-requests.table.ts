import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';
import { customers, departments } from '../customers/customers.table';
import { hotlineCalls } from '../hotline/hotline-calls.table';
import { assets } from '../installed-base/installed-base.table';

export const INTAKE_CHANNELS = ['hotline', 'qr', 'walk_in'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
export const SERVICE_REQUEST_STATES = ['received', 'converted', 'merged', 'rejected'] as const;
export type ServiceRequestState = (typeof SERVICE_REQUEST_STATES)[number];

/**
 * 服务请求: one report of a fault from any channel (hotline, a QR label, the counter), waiting in
 * the intake queue until a dispatcher converts it into a work order, merges it into another
 * report of the same device, or rejects it with a reason the reporter sees.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: id(),
    tenantId: tenantId(),
    number: text('number').notNull(),
    channel: text('channel', { enum: INTAKE_CHANNELS }).notNull(),
    status: text('status', { enum: SERVICE_REQUEST_STATES }).notNull().default('received'),
    urgency: text('urgency', { enum: ['normal', 'urgent', 'critical'] })
      .notNull()
      .default('normal'),
    assetId: uuid('asset_id').references(() => assets.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    departmentId: uuid('department_id').references(() => departments.id),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    deviceDescription: text('device_description').notNull(),
    faultDescription: text('fault_description').notNull(),
    /** The warranty status when the request came in, as shown to the reporter. */
    warrantyAtIntake: jsonb('warranty_at_intake').$type<unknown>(),
    hotlineCallId: uuid('hotline_call_id').references(() => hotlineCalls.id),
    workOrderId: uuid('work_order_id'),
    mergedIntoId: uuid('merged_into_id'),
    rejectReason: text('reject_reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    /** Null for public reports (no account). */
    receivedBy: uuid('received_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('service_requests_number_key').on(t.tenantId, t.number),
    uniqueIndex('service_requests_hotline_call_key').on(t.hotlineCallId),
    index('service_requests_queue_idx').on(t.tenantId, t.status, t.createdAt.desc()),
    index('service_requests_asset_idx').on(t.tenantId, t.assetId, t.createdAt.desc()),
  ],
);
