import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';
import { customers, departments } from '../customers/customers.table';
import { hotlineCalls } from '../hotline/hotline-calls.table';
import { WORK_ORDER_STATES } from './work-order.states';

/** 派工单 (= 服务处理单). `version` makes every transition a conditional write. */
export const workOrders = pgTable(
  'work_orders',
  {
    id: id(),
    tenantId: tenantId(),
    number: text('number').notNull(),
    status: text('status', { enum: WORK_ORDER_STATES }).notNull(),
    urgency: text('urgency', { enum: ['normal', 'urgent', 'critical'] }).notNull(),
    hotlineCallId: uuid('hotline_call_id').references(() => hotlineCalls.id),
    /** The intake-queue request this order was made from, and the device it is about. */
    serviceRequestId: uuid('service_request_id'),
    assetId: uuid('asset_id'),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    departmentId: uuid('department_id').references(() => departments.id),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    deviceDescription: text('device_description').notNull(),
    faultDescription: text('fault_description').notNull(),
    technicianId: uuid('technician_id').references(() => users.id),
    /** What kind of equipment: decides who is skilled enough (dispatch). */
    categoryId: uuid('category_id'),
    requiredLevel: integer('required_level').notNull().default(1),
    estimatedMinutes: integer('estimated_minutes'),
    /** Where the work is: the customer's site when the order was written. */
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    /** An appointment window; hard when agreed with the customer, a preference otherwise. */
    windowStart: at('window_start'),
    windowEnd: at('window_end'),
    windowAgreed: boolean('window_agreed').notNull().default(false),
    /** The day plan's placement: when the visit should start and its place in the route. */
    plannedStart: at('planned_start'),
    routeSequence: integer('route_sequence'),
    /** When the technician contacted the customer and told them the warranty and charges. */
    contactedAt: at('contacted_at'),
    /** The fault as confirmed or corrected on site, and what the technician found. */
    confirmedFault: text('confirmed_fault'),
    diagnosis: text('diagnosis'),
    /** Out-of-warranty work: the quote the customer approves or declines before work. */
    quoteId: uuid('quote_id'),
    quoteDecision: text('quote_decision', { enum: ['approved', 'declined'] }),
    /** The outcome's own words: work done, why another day, why replacement. */
    resolution: text('resolution'),
    revisitReason: text('revisit_reason'),
    resolvedAt: at('resolved_at'),
    cancelReason: text('cancel_reason'),
    closedAt: at('closed_at'),
    cancelledAt: at('cancelled_at'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('work_orders_number_key').on(t.tenantId, t.number),
    uniqueIndex('work_orders_hotline_call_key').on(t.hotlineCallId),
    // id breaks ties in every list's ORDER BY; with it in the index, a page is read in order.
    index('work_orders_tenant_created_id_idx').on(t.tenantId, t.createdAt.desc(), t.id.desc()),
    index('work_orders_tenant_status_created_id_idx').on(
      t.tenantId,
      t.status,
      t.createdAt.desc(),
      t.id.desc(),
    ),
    index('work_orders_tenant_technician_idx').on(t.tenantId, t.technicianId, t.status),
    index('work_orders_tenant_asset_idx').on(t.tenantId, t.assetId),
    index('work_orders_tenant_planned_idx').on(t.tenantId, t.technicianId, t.plannedStart),
  ],
);
