import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';
import { customers } from '../customers/customers.table';
import { vendorContacts, vendors } from '../installed-base/installed-base.table';
import { workOrders } from '../work-orders/work-orders.table';
import {
  CHASE_COVERAGES,
  NOTICE_CHANNELS,
  NOTICE_REASONS,
  REPAIR_RETURN_STATES,
  RETURN_CAUSES,
  RETURN_OUTCOMES,
  RETURN_SOURCES,
  SHIPMENT_STATES,
} from './repair-return.states';

export { REPAIR_RETURN_STATES, type RepairReturnStatus } from './repair-return.states';

/**
 * 返修单: an item taken back from a customer (or brought to the counter) on its way through
 * test, handover to the returns clerk, shipment to the vendor, chases, and back to the customer.
 */
export const repairReturns = pgTable(
  'repair_returns',
  {
    id: id(),
    tenantId: tenantId(),
    number: text('number').notNull(),
    status: text('status', { enum: REPAIR_RETURN_STATES }).notNull(),
    source: text('source', { enum: RETURN_SOURCES }).notNull().default('take_back'),
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
    /** 特急: chased on the urgent cadence (daily by default). */
    urgent: boolean('urgent').notNull().default(false),

    // 检测 — the technician's test.
    testedBy: uuid('tested_by').references(() => users.id),
    testedAt: at('tested_at'),
    testResult: text('test_result'),
    cause: text('cause', { enum: RETURN_CAUSES }),
    /** The warranty the item is under when tested: decides the chase cadence. */
    coverage: text('coverage', { enum: CHASE_COVERAGES }),
    /** Charged to the customer (human damage, or out of warranty): a quote must be approved. */
    charged: boolean('charged').notNull().default(false),
    quoteCents: integer('quote_cents'),
    /** The customer's approval of the quote (work_order_signatures, purpose return_quote). */
    quoteSignatureId: uuid('quote_signature_id'),
    quoteDecidedAt: at('quote_decided_at'),
    expectedReturnOn: date('expected_return_on', { mode: 'string' }),

    // 登记备案 — handover technician → returns clerk, confirmed by both.
    handedOverBy: uuid('handed_over_by').references(() => users.id),
    handedOverAt: at('handed_over_at'),
    registeredBy: uuid('registered_by').references(() => users.id),
    registeredAt: at('registered_at'),
    registrationNote: text('registration_note'),
    storageLocation: text('storage_location'),

    // 封装运输 and 物品关注 — with the vendor.
    vendorId: uuid('vendor_id').references(() => vendors.id),
    shipmentId: uuid('shipment_id'),
    shippedAt: at('shipped_at'),
    atVendorAt: at('at_vendor_at'),
    /** When the next chase falls due (set while shipped or at the vendor; null otherwise). */
    nextChaseAt: at('next_chase_at'),
    lastChasedAt: at('last_chased_at'),
    /** The vendor's latest promised return date. */
    promisedOn: date('promised_on', { mode: 'string' }),

    // Back from the vendor (or not sent), and returned to the customer.
    outcome: text('outcome', { enum: RETURN_OUTCOMES }),
    outcomeNote: text('outcome_note'),
    replacementSerial: text('replacement_serial'),
    replacementAssetId: uuid('replacement_asset_id'),
    backAt: at('back_at'),
    backBy: uuid('back_by').references(() => users.id),
    returnedAt: at('returned_at'),
    returnedBy: uuid('returned_by').references(() => users.id),
    returnSignatureId: uuid('return_signature_id'),

    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('repair_returns_number_key').on(t.tenantId, t.number),
    index('repair_returns_status_idx').on(t.tenantId, t.status, t.createdAt.desc()),
    index('repair_returns_order_idx').on(t.tenantId, t.workOrderId),
    index('repair_returns_vendor_idx').on(t.tenantId, t.vendorId),
    index('repair_returns_shipment_idx').on(t.tenantId, t.shipmentId),
    index('repair_returns_chase_idx').on(t.tenantId, t.nextChaseAt),
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

/**
 * 发运: one parcel to one vendor, carrying one or more registered returns, with the shipping
 * label and the packing list (随货清单); dispatched with carrier and tracking number, then its
 * safe arrival at the vendor confirmed.
 */
export const repairReturnShipments = pgTable(
  'repair_return_shipments',
  {
    id: id(),
    tenantId: tenantId(),
    number: text('number').notNull(),
    status: text('status', { enum: SHIPMENT_STATES }).notNull(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id),
    vendorContactId: uuid('vendor_contact_id').references(() => vendorContacts.id),
    /** Where the parcel goes (defaults to the vendor's address). */
    shipToAddress: text('ship_to_address').notNull(),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    expectedArrivalOn: date('expected_arrival_on', { mode: 'string' }),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    /** 登记发运: who registered the dispatch, and when. */
    shippedBy: uuid('shipped_by').references(() => users.id),
    shippedAt: at('shipped_at'),
    /** Safe arrival confirmed: when it arrived, who at the vendor received it, who confirmed. */
    arrivedOn: date('arrived_on', { mode: 'string' }),
    receivedByName: text('received_by_name'),
    arrivalConfirmedBy: uuid('arrival_confirmed_by').references(() => users.id),
    arrivalConfirmedAt: at('arrival_confirmed_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('repair_return_shipments_number_key').on(t.tenantId, t.number),
    index('repair_return_shipments_status_idx').on(t.tenantId, t.status, t.createdAt.desc()),
  ],
);

/** 催促: one chase of the vendor, with whom it was, their answer and any date they promised. */
export const repairReturnChases = pgTable(
  'repair_return_chases',
  {
    id: id(),
    tenantId: tenantId(),
    repairReturnId: uuid('repair_return_id')
      .notNull()
      .references(() => repairReturns.id),
    chasedAt: at('chased_at').notNull(),
    chasedBy: uuid('chased_by')
      .notNull()
      .references(() => users.id),
    contactName: text('contact_name').notNull(),
    answer: text('answer').notNull(),
    promisedOn: date('promised_on', { mode: 'string' }),
    /** When this chase was due (null for a chase before any fell due). */
    dueAt: at('due_at'),
    createdAt: createdAt(),
  },
  (t) => [index('repair_return_chases_rr_idx').on(t.tenantId, t.repairReturnId, t.chasedAt)],
);

/**
 * 14-day notice (返修超过14天应向客户说明情况): a task that falls due when the expected return is
 * more than the commitments' notice days after take-back, or when that many days pass without
 * the item back; done when the notice and the customer's answer are recorded.
 */
export const repairReturnNotices = pgTable(
  'repair_return_notices',
  {
    id: id(),
    tenantId: tenantId(),
    repairReturnId: uuid('repair_return_id')
      .notNull()
      .references(() => repairReturns.id),
    reason: text('reason', { enum: NOTICE_REASONS }).notNull(),
    dueAt: at('due_at').notNull(),
    doneAt: at('done_at'),
    doneBy: uuid('done_by').references(() => users.id),
    channel: text('channel', { enum: NOTICE_CHANNELS }),
    message: text('message'),
    customerAnswer: text('customer_answer'),
    loanerOffered: boolean('loaner_offered').notNull().default(false),
    /** The loan made when the customer took the offered loaner (inventory `loans`). */
    loanId: uuid('loan_id'),
    createdAt: createdAt(),
  },
  (t) => [
    // One task per reason per return: the job that creates it may run twice, the task can't.
    uniqueIndex('repair_return_notices_reason_key').on(t.tenantId, t.repairReturnId, t.reason),
    index('repair_return_notices_open_idx').on(t.tenantId, t.doneAt, t.dueAt),
  ],
);
