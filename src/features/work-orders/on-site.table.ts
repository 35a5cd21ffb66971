import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';
import { TRAVEL_MODES } from './work-order.states';
import { workOrders } from './work-orders.table';

export interface ChecklistTick {
  item: string;
  checked: boolean;
}

/**
 * One trip to the customer: how the technician travelled and what it cost, when they arrived,
 * the arrival checklist (appearance, shoe covers …) and how the visit ended.
 */
export const workOrderVisits = pgTable(
  'work_order_visits',
  {
    id: id(),
    tenantId: tenantId(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    seq: integer('seq').notNull(),
    technicianId: uuid('technician_id')
      .notNull()
      .references(() => users.id),
    travelMode: text('travel_mode', { enum: TRAVEL_MODES }).notNull(),
    /** Why a taxi or motorbike taxi for a job that is not urgent. */
    travelReason: text('travel_reason'),
    /** The approved company-car request, when the mode is company_car. */
    carRequestId: uuid('car_request_id'),
    travelCostCents: integer('travel_cost_cents'),
    travelStartedAt: at('travel_started_at').notNull(),
    arrivedAt: at('arrived_at'),
    checklist: jsonb('checklist').$type<ChecklistTick[]>(),
    leftAt: at('left_at'),
    /** The action that ended the visit: resolve, take_back, revisit, hand_over, advise_replacement. */
    outcome: text('outcome'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('work_order_visits_seq_key').on(t.tenantId, t.workOrderId, t.seq)],
);

/** A request to use the company car, which the dispatcher approves or declines. */
export const carRequests = pgTable(
  'car_requests',
  {
    id: id(),
    tenantId: tenantId(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['requested', 'approved', 'declined', 'used'] }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    decisionNote: text('decision_note'),
    createdAt: createdAt(),
  },
  (t) => [index('car_requests_order_idx').on(t.tenantId, t.workOrderId)],
);

/** Parts used on the job (free text now; the spare-parts store links its part later). */
export const workOrderParts = pgTable(
  'work_order_parts',
  {
    id: id(),
    tenantId: tenantId(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    partId: uuid('part_id'),
    /** The unit issued, for a serial-tracked catalogue part. */
    serialNumber: text('serial_number'),
    name: text('name').notNull(),
    partNumber: text('part_number'),
    quantity: integer('quantity').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
    /** Free to the customer (in warranty or under contract). */
    covered: boolean('covered').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('work_order_parts_order_idx').on(t.tenantId, t.workOrderId)],
);

export const SIGNATURE_PURPOSES = [
  'quote',
  'take_back',
  'completion',
  'replacement',
  /** The customer's approval of a repair return's quote (human damage is charged). */
  'return_quote',
  /** The customer got the item back from a repair return. */
  'return',
] as const;
export type SignaturePurpose = (typeof SIGNATURE_PURPOSES)[number];

/**
 * The customer's consent: a signature drawn on the technician's phone (a PNG in `files`), or a
 * verbal approval recorded with who gave it and when.
 */
export const workOrderSignatures = pgTable(
  'work_order_signatures',
  {
    id: id(),
    tenantId: tenantId(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    purpose: text('purpose', { enum: SIGNATURE_PURPOSES }).notNull(),
    method: text('method', { enum: ['signature', 'verbal'] }).notNull(),
    signerName: text('signer_name').notNull(),
    fileId: uuid('file_id'),
    /** When the customer signed or said yes (a verbal approval may be recorded later). */
    givenAt: at('given_at').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('work_order_signatures_order_idx').on(t.tenantId, t.workOrderId)],
);

/** Photos taken on the job (before, after, the nameplate …), kept in `files`. */
export const workOrderPhotos = pgTable(
  'work_order_photos',
  {
    id: id(),
    tenantId: tenantId(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    fileId: uuid('file_id').notNull(),
    caption: text('caption'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('work_order_photos_order_idx').on(t.tenantId, t.workOrderId)],
);

/**
 * Per-tenant settings of the on-site workflow: the arrival checklist, when replacement is
 * advised, and the share of a limit after which a deadline warns.
 */
export const serviceSettings = pgTable('service_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  arrivalChecklist: jsonb('arrival_checklist').$type<string[]>().notNull(),
  /** Advise replacement when the quoted repair reaches this percentage of the item's value. */
  replacementThresholdPercent: integer('replacement_threshold_percent').notNull(),
  /** A deadline warns once this percentage of its business time has passed. */
  slaWarnPercent: integer('sla_warn_percent').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
