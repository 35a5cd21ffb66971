import { z } from 'zod';
import { approveQuoteBody, signaturePng, takeBackItem } from '../work-orders/on-site.schemas';
import { isoDate, optionalText, ref, text } from './common.schemas';
import { chaseView, noticeView } from './follow-up.schemas';
import {
  CHASE_COVERAGES,
  REPAIR_RETURN_ACTIONS,
  REPAIR_RETURN_STATES,
  RETURN_CAUSES,
  RETURN_OUTCOMES,
  RETURN_SOURCES,
  SHIPMENT_STATES,
} from './repair-return.states';

/**
 * The repair-return (返修) API: the return's view, list and steps, good parts included. Its
 * shipments to vendors are in shipment.schemas.ts, chases and 14-day notices in
 * follow-up.schemas.ts, the returns board and vendor performance in returns-board.schemas.ts.
 */
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
