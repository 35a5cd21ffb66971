import { z } from 'zod';
import { approveQuoteBody, signaturePng, takeBackItem } from '../work-orders/on-site.schemas';
import {
  CHASE_COVERAGES,
  NOTICE_CHANNELS,
  NOTICE_REASONS,
  REPAIR_RETURN_ACTIONS,
  REPAIR_RETURN_STATES,
  RETURN_CAUSES,
  RETURN_OUTCOMES,
  RETURN_SOURCES,
  SHIPMENT_STATES,
} from './repair-return.states';

/**
 * The repair-return (返修) API: the return's view and steps, shipments to vendors, chases,
 * 14-day customer notices, the returns board and vendor performance.
 */
const ref = z.object({ id: z.uuid(), name: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const isoDate = z.iso.date();
const cents = z.number().int().min(0).max(100_000_000);

export const repairReturnStatusSchema = z.enum(REPAIR_RETURN_STATES);
export const repairReturnActionSchema = z.enum(REPAIR_RETURN_ACTIONS);
export const returnCauseSchema = z.enum(RETURN_CAUSES);
export const chaseCoverageSchema = z.enum(CHASE_COVERAGES);
export const returnOutcomeSchema = z.enum(RETURN_OUTCOMES);
export const shipmentStatusSchema = z.enum(SHIPMENT_STATES);

export const repairReturnItemView = z.object({
  seq: z.number().int(),
  description: z.string(),
  serialNumber: z.string().nullable(),
  condition: z.string(),
  accessories: z.string().nullable(),
});
export type RepairReturnItemView = z.infer<typeof repairReturnItemView>;

export const chaseView = z.object({
  id: z.uuid(),
  chasedAt: z.string(),
  chasedBy: ref,
  contactName: z.string(),
  answer: z.string(),
  promisedOn: z.string().nullable(),
  /** When this chase was due; null for one made before any fell due. */
  dueAt: z.string().nullable(),
  /** Made after its due time had passed. */
  late: z.boolean(),
});
export type ChaseView = z.infer<typeof chaseView>;

export const noticeView = z.object({
  id: z.uuid(),
  reason: z.enum(NOTICE_REASONS),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  doneBy: ref.nullable(),
  channel: z.enum(NOTICE_CHANNELS).nullable(),
  message: z.string().nullable(),
  customerAnswer: z.string().nullable(),
  loanerOffered: z.boolean(),
  loan: z.object({ id: z.uuid(), loanerCode: z.string(), dueOn: z.string() }).nullable(),
});
export type NoticeView = z.infer<typeof noticeView>;

/** 返修单: everything about the item, from take-back to the customer. */
export const repairReturnView = z.object({
  id: z.uuid(),
  number: z.string(),
  status: repairReturnStatusSchema,
  source: z.enum(RETURN_SOURCES),
  urgent: z.boolean(),
  workOrder: z.object({ id: z.uuid(), number: z.string() }),
  customer: ref,
  asset: z.object({ id: z.uuid(), serialNumber: z.string() }).nullable(),
  takenBy: ref,
  takenAt: z.string(),
  /** GET this for the PNG of the customer's signature on the take-back list. */
  signatureImageUrl: z.string().nullable(),
  items: z.array(repairReturnItemView),
  /** 检测 */
  test: z
    .object({
      testedBy: ref,
      testedAt: z.string(),
      testResult: z.string(),
      cause: returnCauseSchema,
      coverage: chaseCoverageSchema,
      charged: z.boolean(),
      quoteCents: z.number().int().nullable(),
      /** null while the quote waits (or when nothing is charged). */
      quoteApproved: z.boolean().nullable(),
      quoteDecidedAt: z.string().nullable(),
      expectedReturnOn: z.string().nullable(),
    })
    .nullable(),
  /** 登记备案: the handover, confirmed by the technician and then the returns clerk. */
  handover: z
    .object({
      handedOverBy: ref,
      handedOverAt: z.string(),
      registeredBy: ref.nullable(),
      registeredAt: z.string().nullable(),
      registrationNote: z.string().nullable(),
      storageLocation: z.string().nullable(),
    })
    .nullable(),
  vendor: ref.nullable(),
  shipment: z
    .object({
      id: z.uuid(),
      number: z.string(),
      status: shipmentStatusSchema,
      carrier: z.string().nullable(),
      trackingNumber: z.string().nullable(),
    })
    .nullable(),
  shippedAt: z.string().nullable(),
  atVendorAt: z.string().nullable(),
  /** Whole days since it was shipped, until it came back (null if never shipped). */
  daysAtVendor: z.number().int().nullable(),
  /** 物品关注: while shipped or at the vendor. */
  chase: z
    .object({
      cadenceDays: z.number().int(),
      nextChaseAt: z.string().nullable(),
      lastChasedAt: z.string().nullable(),
      promisedOn: z.string().nullable(),
      overdue: z.boolean(),
    })
    .nullable(),
  chases: z.array(chaseView),
  notices: z.array(noticeView),
  back: z
    .object({
      outcome: returnOutcomeSchema,
      note: z.string().nullable(),
      replacementSerial: z.string().nullable(),
      replacementAsset: z.object({ id: z.uuid(), serialNumber: z.string() }).nullable(),
      backAt: z.string(),
      backBy: ref,
    })
    .nullable(),
  returned: z
    .object({
      returnedAt: z.string(),
      returnedBy: ref,
      signerName: z.string(),
      signatureImageUrl: z.string().nullable(),
    })
    .nullable(),
  loans: z.array(
    z.object({
      id: z.uuid(),
      loanerCode: z.string(),
      lentAt: z.string(),
      dueOn: z.string(),
      returnedAt: z.string().nullable(),
    }),
  ),
  /** What the signed-in user may do next, from the transition table. */
  allowedActions: z.array(repairReturnActionSchema),
  version: z.number().int(),
  createdAt: z.string(),
});
export type RepairReturnView = z.infer<typeof repairReturnView>;

export const repairReturnListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  status: repairReturnStatusSchema,
  source: z.enum(RETURN_SOURCES),
  urgent: z.boolean(),
  workOrder: z.object({ id: z.uuid(), number: z.string() }),
  customer: ref,
  vendor: ref.nullable(),
  takenBy: ref,
  takenAt: z.string(),
  itemCount: z.number().int(),
  /** The first item's description, for the list. */
  firstItem: z.string(),
  expectedReturnOn: z.string().nullable(),
  nextChaseAt: z.string().nullable(),
  chaseOverdue: z.boolean(),
  /** An open 14-day customer notice is due. */
  noticeDue: z.boolean(),
  daysAtVendor: z.number().int().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type RepairReturnListItem = z.infer<typeof repairReturnListItem>;

export const listRepairReturnsQuery = z.object({
  /** One status or several, comma-separated. */
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
    .pipe(z.array(repairReturnStatusSchema).optional()),
  vendorId: z.uuid().optional(),
  /** Only returns whose chase is overdue. */
  chaseOverdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** The return's or the work order's number, the customer's name or an item's serial. */
  q: z.string().trim().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListRepairReturnsQuery = z.infer<typeof listRepairReturnsQuery>;

// ── The steps ────────────────────────────────────────────────────────────────────────────

/** Every step carries the version read, so a concurrent second step gets 409. */
const step = { version: z.number().int().min(1) };

/** 送修: a walk-in request from the counter becomes a work order and a repair return at once. */
export const walkInReturnBody = z.object({
  serviceRequestId: z.uuid(),
  items: z.array(takeBackItem).min(1).max(20),
  urgent: z.boolean().default(false),
});
export type WalkInReturnBody = z.infer<typeof walkInReturnBody>;

/** 检测: results, cause, warranty (from the device when on file), quote and expected return. */
export const testBody = z
  .object({
    ...step,
    testResult: text(4000),
    cause: returnCauseSchema,
    /** Needed only when no device is on file; otherwise the device's warranty today decides. */
    coverage: chaseCoverageSchema.optional(),
    /** Required when the item is charged (human damage, or out of warranty). */
    quoteCents: cents.optional(),
    expectedReturnOn: isoDate,
    urgent: z.boolean().optional(),
  })
  .strict();
export type TestBody = z.infer<typeof testBody>;

/** The customer's yes (signed, or verbal: who and when), with the version read. */
export const returnApproveQuoteBody = approveQuoteBody.and(z.object(step));
export type ReturnApproveQuoteBody = z.infer<typeof returnApproveQuoteBody>;
export const returnDeclineQuoteBody = z.object({ ...step, signerName: text(100), note: text(500) });
export const handOverReturnBody = z.object({ ...step, note: optionalText(500) });
export const registerReturnBody = z.object({
  ...step,
  registrationNote: text(2000),
  storageLocation: optionalText(100),
  /** The vendor it will go to, when already known. */
  vendorId: z.uuid().optional(),
});
export const finishInHouseBody = z.object({
  ...step,
  outcome: z.enum(['repaired', 'no_fault_found']),
  note: text(1000),
});
export const receiveBackBody = z
  .object({
    ...step,
    outcome: z.enum(['repaired', 'replaced', 'refused']),
    note: optionalText(1000),
    /** The new unit's serial number (replaced only; an asset's serial is at most 80). */
    replacementSerial: optionalText(80),
  })
  .refine((b) => b.outcome !== 'replaced' || !!b.replacementSerial, {
    message: 'the new serial number is required',
    path: ['replacementSerial'],
  })
  .refine((b) => b.outcome !== 'refused' || !!b.note, {
    message: "the vendor's reason is required",
    path: ['note'],
  });
export type ReceiveBackBody = z.infer<typeof receiveBackBody>;
export const returnToCustomerBody = z.object({
  ...step,
  signerName: text(100),
  signaturePng,
  note: optionalText(500),
});
export type ReturnToCustomerBody = z.infer<typeof returnToCustomerBody>;

/** 催促: whom the clerk spoke to, what they said and any date they promised. */
export const chaseBody = z.object({
  contactName: text(100),
  answer: text(1000),
  promisedOn: isoDate.optional(),
});
export type ChaseBody = z.infer<typeof chaseBody>;

/** The 14-day notice as given: how, what was said, the customer's answer, any loaner lent. */
export const noticeBody = z.object({
  channel: z.enum(NOTICE_CHANNELS),
  message: text(1000),
  customerAnswer: text(1000),
  loanerOffered: z.boolean(),
  /** Lend a loaner now (the customer accepted it). */
  loan: z
    .object({
      loanerUnitId: z.uuid(),
      dueOn: isoDate,
      conditionOut: optionalText(500),
    })
    .optional(),
});
export type NoticeBody = z.infer<typeof noticeBody>;

/** Good parts left over (剩余配件), labelled and taken into a warehouse. */
export const goodPartsBody = z.object({
  warehouseId: z.uuid(),
  lines: z
    .array(
      z.object({
        partId: z.uuid(),
        quantity: z.number().int().min(1).max(9999),
        serialNumbers: z.array(text(100)).max(9999).optional(),
      }),
    )
    .min(1)
    .max(50),
});
export type GoodPartsBody = z.infer<typeof goodPartsBody>;
/** What a take-in of good parts made: its ledger rows, and their labels to print. */
export const goodPartsResult = z.object({
  movements: z.number().int(),
  movementIds: z.array(z.uuid()),
  /** GET this for one label per part taken in. */
  labelsPdfUrl: z.string(),
});
export type GoodPartsResult = z.infer<typeof goodPartsResult>;
/** How many movement ids a labels URL may name. */
export const MAX_LABEL_IDS = 200;
/** Labels for these movements of the return's good parts; all of them when absent. */
export const goodPartsLabelsQuery = z.object({
  movementIds: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
    .pipe(z.array(z.uuid()).max(MAX_LABEL_IDS).optional()),
});

// ── Shipments ────────────────────────────────────────────────────────────────────────────

export const shipmentItemView = z.object({
  repairReturnId: z.uuid(),
  number: z.string(),
  customer: ref,
  items: z.array(repairReturnItemView),
  coverage: chaseCoverageSchema.nullable(),
  urgent: z.boolean(),
  status: repairReturnStatusSchema,
  /** The technician's test (检测) result: the fault, for the packing list. */
  testResult: z.string().nullable(),
});

export const shipmentView = z.object({
  id: z.uuid(),
  number: z.string(),
  status: shipmentStatusSchema,
  vendor: ref,
  contact: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable() }).nullable(),
  shipToAddress: z.string(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  expectedArrivalOn: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: ref,
  createdAt: z.string(),
  shippedBy: ref.nullable(),
  shippedAt: z.string().nullable(),
  arrivedOn: z.string().nullable(),
  receivedByName: z.string().nullable(),
  arrivalConfirmedBy: ref.nullable(),
  items: z.array(shipmentItemView),
  /** 运输标签 and 随货清单. */
  labelPdfUrl: z.string(),
  packingListPdfUrl: z.string(),
  version: z.number().int(),
});
export type ShipmentView = z.infer<typeof shipmentView>;

export const shipmentListItem = shipmentView.omit({ items: true }).extend({
  itemCount: z.number().int(),
});
export type ShipmentListItem = z.infer<typeof shipmentListItem>;

export const listShipmentsQuery = z.object({
  status: shipmentStatusSchema.optional(),
  vendorId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Pack: registered returns for one vendor into one parcel. */
export const createShipmentBody = z.object({
  vendorId: z.uuid(),
  vendorContactId: z.uuid().optional(),
  /** Defaults to the vendor's address. */
  shipToAddress: optionalText(300),
  repairReturnIds: z.array(z.uuid()).min(1).max(50),
  note: optionalText(500),
});
export type CreateShipmentBody = z.infer<typeof createShipmentBody>;
export const shipmentItemsBody = z.object({
  version: z.number().int().min(1),
  repairReturnIds: z.array(z.uuid()).min(1).max(50),
});
/** 登记发运 */
export const dispatchShipmentBody = z.object({
  version: z.number().int().min(1),
  carrier: text(100),
  trackingNumber: text(100),
  expectedArrivalOn: isoDate.optional(),
});
/** The vendor has it: when, and who there received it. */
export const confirmArrivalBody = z.object({
  version: z.number().int().min(1),
  arrivedOn: isoDate,
  receivedByName: text(100),
});

// ── Board and vendor performance ─────────────────────────────────────────────────────────

export const returnsBoardView = z.object({
  byStatus: z.array(z.object({ status: repairReturnStatusSchema, count: z.number().int() })),
  byVendor: z.array(
    z.object({
      vendor: ref,
      /** Shipped or at the vendor now. */
      withVendor: z.number().int(),
      /** Days the longest-away of them has been away. */
      oldestDays: z.number().int(),
      chaseOverdue: z.number().int(),
    }),
  ),
  overdueChases: z.array(repairReturnListItem),
  noticesDue: z.array(
    z.object({
      notice: noticeView,
      repairReturn: repairReturnListItem,
    }),
  ),
  /** Items with vendors, longest away first. */
  withVendors: z.array(repairReturnListItem),
});
export type ReturnsBoardView = z.infer<typeof returnsBoardView>;
export const noticeDueItem = returnsBoardView.shape.noticesDue.element;
export type NoticeDueItem = z.infer<typeof noticeDueItem>;

export const listNoticesQuery = z.object({
  /** true (default): the open notices already due, oldest first; false: the latest 200 of all. */
  open: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type ListNoticesQuery = z.infer<typeof listNoticesQuery>;

export const vendorPerformanceQuery = z.object({
  /** Returns back from the vendor within [from, to] (local dates); default the last 365 days. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const vendorPerformanceRow = z.object({
  vendor: ref,
  /** Back from the vendor in the period. */
  returned: z.number().int(),
  /** Mean days from shipped to back. */
  meanTurnaroundDays: z.number().nullable(),
  /** Of those with a promised date, the share back by it (0–1). */
  onTimeShare: z.number().nullable(),
  refused: z.number().int(),
  /** With the vendor now. */
  open: z.number().int(),
});
export const vendorPerformanceView = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(vendorPerformanceRow),
});
export type VendorPerformanceView = z.infer<typeof vendorPerformanceView>;
