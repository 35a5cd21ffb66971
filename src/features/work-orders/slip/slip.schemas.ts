import { z } from 'zod';
import { quoteLine, quoteTotals } from '../../fees/fees.schemas';
import { urgencySchema } from '../../hotline/hotline-call.schemas';
import { warrantyStatusView } from '../../warranty/warranty.schemas';
import { takenBackView, travelModeSchema } from '../on-site.schemas';
import { SIGNATURE_PURPOSES } from '../on-site.table';
import { workOrderStatusSchema } from '../work-order.schemas';

/** The action that ended a visit (work_order_visits.outcome). */
export const VISIT_OUTCOMES = [
  'resolve',
  'take_back',
  'revisit',
  'hand_over',
  'advise_replacement',
  'decline_quote',
] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

const instant = z.string();

export const slipVisit = z.object({
  seq: z.number().int(),
  technician: z.string(),
  travelMode: travelModeSchema,
  travelCostCents: z.number().int().nullable(),
  travelStartedAt: instant,
  arrivedAt: instant.nullable(),
  leftAt: instant.nullable(),
  outcome: z.enum(VISIT_OUTCOMES).nullable(),
});

export const slipPart = z.object({
  name: z.string(),
  partNumber: z.string().nullable(),
  quantity: z.number().int(),
  unitPriceCents: z.number().int(),
  amountCents: z.number().int(),
  covered: z.boolean(),
});

export const slipSignature = z.object({
  purpose: z.enum(SIGNATURE_PURPOSES),
  method: z.enum(['signature', 'verbal']),
  signerName: z.string(),
  givenAt: instant,
  recordedBy: z.string(),
  /** The drawn signature as a PNG data URL; null for a verbal approval. */
  imagePng: z.string().nullable(),
});

/**
 * 服务处理单: everything the printed slip and the slip on screen show, built once on the server,
 * so the two cannot disagree. Amounts are integer fen; times are ISO instants, read in `timeZone`.
 */
export const slipView = z.object({
  generatedAt: instant,
  /** The company's time zone: the PDF and the screen print every time as its wall clock. */
  timeZone: z.string(),
  company: z.object({ name: z.string(), hotline: z.string().nullable() }),
  order: z.object({
    id: z.uuid(),
    number: z.string(),
    status: workOrderStatusSchema,
    urgency: urgencySchema,
    technician: z.string().nullable(),
    createdAt: instant,
    /** The visit window agreed with the customer. */
    window: z.object({ start: instant, end: instant }).nullable(),
    contactedAt: instant.nullable(),
    /** The first arrival on site. */
    arrivedAt: instant.nullable(),
    resolvedAt: instant.nullable(),
    closedAt: instant.nullable(),
  }),
  customer: z.object({
    name: z.string(),
    department: z.string().nullable(),
    contactName: z.string(),
    contactPhone: z.string(),
    address: z.string().nullable(),
  }),
  device: z.object({
    description: z.string(),
    modelCode: z.string().nullable(),
    modelName: z.string().nullable(),
    serialNumber: z.string().nullable(),
  }),
  warranty: warrantyStatusView.nullable(),
  reportedFault: z.string(),
  confirmedFault: z.string().nullable(),
  diagnosis: z.string().nullable(),
  /** The outcome's own words: work done, why another day, why replacement. */
  workDone: z.string().nullable(),
  /** How the last visit ended; null before the first outcome (or when closed by phone). */
  outcome: z.enum(VISIT_OUTCOMES).nullable(),
  revisitReason: z.string().nullable(),
  visits: z.array(slipVisit),
  parts: z.array(slipPart),
  /**
   * What the customer pays: the quote's lines when the order has one (with the customer's
   * decision), otherwise the parts used, each free when covered.
   */
  charges: z.object({
    source: z.enum(['quote', 'parts']),
    decision: z.enum(['approved', 'declined']).nullable(),
    lines: z.array(quoteLine),
    totals: quoteTotals,
  }),
  takenBack: takenBackView.nullable(),
  signatures: z.array(slipSignature),
  /** 服务承诺 from the one source (the commitments), with the limits of this order's urgency. */
  commitments: z.object({
    promises: z.array(z.string()),
    zoneName: z.string(),
    responseMinutes: z.number().int(),
    onSiteMinutes: z.number().int(),
    completionMinutes: z.number().int(),
    customerNoticeDays: z.number().int(),
  }),
});
export type SlipView = z.infer<typeof slipView>;
export type SlipVisit = z.infer<typeof slipVisit>;
export type SlipPart = z.infer<typeof slipPart>;
export type SlipSignature = z.infer<typeof slipSignature>;
