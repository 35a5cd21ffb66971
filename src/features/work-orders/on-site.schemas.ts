import { z } from 'zod';
import { quoteView } from '../fees/fees.schemas';
import { REVISIT_REASONS, TRAVEL_MODES } from './work-order.states';
import { SIGNATURE_PURPOSES } from './on-site.table';

/**
 * The on-site steps' request bodies and the on-site view. Every step route accepts an
 * Idempotency-Key, so the phone can replay a step it saved offline and it happens once.
 */
const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const cents = z.number().int().min(0).max(100_000_000);

/** A signature drawn on the phone: a PNG data URL (at most ~300 KB). */
export const signaturePng = z
  .string()
  .max(400_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, 'a PNG data URL');

export const travelModeSchema = z.enum(TRAVEL_MODES);
export const revisitReasonSchema = z.enum(REVISIT_REASONS);

const window = {
  start: instant,
  end: instant,
};
const endAfterStart = (w: { start: string; end: string }) =>
  Date.parse(w.end) > Date.parse(w.start);

/** Customer contacted: the agreed visit window, and that warranty and charges were stated. */
export const scheduleBody = z
  .object({
    ...window,
    warrantyTold: z.literal(true),
    chargesTold: z.literal(true),
    note: z.string().trim().max(500).optional(),
  })
  .refine(endAfterStart, { message: 'end must be after start', path: ['end'] });

/** The customer is not free: a new window and why (the dispatcher is notified). */
export const rescheduleBody = z
  .object({ ...window, reason: text(500) })
  .refine(endAfterStart, { message: 'end must be after start', path: ['end'] });

/**
 * Public transport by default; a taxi or motorbike taxi for urgent orders, or with a reason
 * (an important job); the company car only with an approved request.
 */
export const startTravelBody = z.object({
  mode: travelModeSchema,
  reason: z.string().trim().max(500).optional(),
  carRequestId: z.uuid().optional(),
});

export const carRequestBody = z.object({ reason: text(500) });
export const carDecisionBody = z.object({
  approve: z.boolean(),
  note: z.string().trim().max(500).optional(),
});
export const carRequestView = z.object({
  id: z.uuid(),
  workOrderId: z.uuid(),
  requestedBy: z.object({ id: z.uuid(), name: z.string() }),
  reason: z.string(),
  status: z.enum(['requested', 'approved', 'declined', 'used']),
  decidedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
});
export type CarRequestView = z.infer<typeof carRequestView>;
/** The dispatcher's list of car requests, with the order they are for. */
export const carRequestListItem = carRequestView.extend({ workOrderNumber: z.string() });
export type CarRequestListItem = z.infer<typeof carRequestListItem>;
export const listCarRequestsQuery = z.object({
  /** One status or several, comma-separated; those waiting for a decision by default. */
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : ['requested']))
    .pipe(z.array(z.enum(['requested', 'approved', 'declined', 'used'])).min(1)),
});

export const checklistTick = z.object({ item: text(200), checked: z.boolean() });

/** Arrival: the checklist ticked (every item must be), and the travel cost. */
export const arriveBody = z.object({
  checklist: z.array(checklistTick).max(30),
  travelCostCents: cents.optional(),
});

/** The reported fault confirmed, or corrected, with the customer; what was found. */
export const confirmBody = z.object({
  confirmedFault: text(2000),
  diagnosis: text(4000),
});

/** Out of warranty: the quote (POST /api/quotes with workOrderId) the customer must approve. */
export const requestApprovalBody = z.object({ quoteId: z.uuid() });

export const approveQuoteBody = z.discriminatedUnion('method', [
  z.object({ method: z.literal('signature'), signerName: text(100), signaturePng }),
  /** Approved by phone: who said yes and when, recorded by the technician or the desk. */
  z.object({ method: z.literal('verbal'), signerName: text(100), givenAt: instant }),
]);
export const declineQuoteBody = z.object({ signerName: text(100), note: text(500) });

export const resolveBody = z.object({ workDone: text(4000) });

export const takeBackItem = z.object({
  description: text(200),
  serialNumber: z.string().trim().max(100).optional(),
  condition: text(500),
  accessories: z.string().trim().max(500).optional(),
});
/** The item goes back to the workshop: the list of what was taken, signed by the customer. */
export const takeBackBody = z.object({
  items: z.array(takeBackItem).min(1).max(20),
  signerName: text(100),
  signaturePng,
});

export const revisitBody = z
  .object({
    reason: revisitReasonSchema,
    note: text(500),
    /** The next visit, when already agreed. */
    start: instant.optional(),
    end: instant.optional(),
  })
  .refine((b) => (b.start === undefined) === (b.end === undefined), {
    message: 'give both start and end, or neither',
    path: ['end'],
  });

export const handOverBody = z.object({ technicianId: z.uuid(), reason: text(500) });
export const adviseReplacementBody = z.object({ note: text(1000) });
export const repairAnywayBody = z.object({ note: text(500) });

/** The customer signs on the technician's phone; the order closes. */
export const completeBody = z.object({ signerName: text(100), signaturePng });

const partFields = z.object({
  name: text(100),
  partNumber: z.string().trim().max(100).optional(),
  quantity: z.number().int().min(1).max(9999),
  unitPriceCents: cents,
  covered: z.boolean(),
});

/**
 * A part used on the job: typed in by hand (name and price required), or a catalogue part
 * (`partId`) that comes out of the order technician's van — its name, code and price default
 * from the catalogue, and a serial-tracked part names its unit (`serialNumber`, quantity 1).
 */
export const partBody = partFields
  .partial({ name: true, unitPriceCents: true })
  .extend({
    partId: z.uuid().optional(),
    serialNumber: z.string().trim().min(1).max(100).optional(),
  })
  .refine(
    (b) => b.partId !== undefined || (b.name !== undefined && b.unitPriceCents !== undefined),
    {
      message: 'a part typed in by hand needs its name and unit price',
      path: ['name'],
    },
  )
  .refine((b) => b.partId !== undefined || b.serialNumber === undefined, {
    message: 'a serial number is for a catalogue part',
    path: ['serialNumber'],
  });
export type WorkOrderPartBody = z.infer<typeof partBody>;

/**
 * A photo from the phone's camera: JPEG, PNG or WebP as a data URL. 6 MiB of image is
 * 8,388,608 base64 characters; the server judges the bytes and their size (PHOTO_TOO_LARGE).
 */
export const photoBody = z.object({
  dataUrl: z
    .string()
    .max(8_400_000)
    .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, 'an image data URL'),
  caption: z.string().trim().max(200).optional(),
});

const ref = z.object({ id: z.uuid(), name: z.string() });

export const visitView = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  technician: ref,
  travelMode: travelModeSchema,
  travelReason: z.string().nullable(),
  travelCostCents: z.number().int().nullable(),
  travelStartedAt: z.string(),
  arrivedAt: z.string().nullable(),
  checklist: z.array(checklistTick).nullable(),
  leftAt: z.string().nullable(),
  outcome: z.string().nullable(),
});
export const partView = partFields.extend({
  id: z.uuid(),
  partNumber: z.string().nullable(),
  /** The catalogue part, when it came out of the technician's van; null when typed in. */
  partId: z.uuid().nullable(),
  /** The unit issued, for a serial-tracked catalogue part. */
  serialNumber: z.string().nullable(),
  createdAt: z.string(),
});
export const signatureView = z.object({
  id: z.uuid(),
  purpose: z.enum(SIGNATURE_PURPOSES),
  method: z.enum(['signature', 'verbal']),
  signerName: z.string(),
  givenAt: z.string(),
  recordedBy: ref,
  /** GET this for the PNG; null for a verbal approval. */
  imageUrl: z.string().nullable(),
});
export const photoView = z.object({
  id: z.uuid(),
  caption: z.string().nullable(),
  url: z.string(),
  createdAt: z.string(),
});
export const takenBackView = z.object({
  repairReturnId: z.uuid(),
  number: z.string(),
  items: z.array(
    takeBackItem.extend({
      serialNumber: z.string().nullable(),
      accessories: z.string().nullable(),
    }),
  ),
});

/** Everything recorded on site, for the technician's phone, the order page and the slip. */
export const onSiteView = z.object({
  workOrderId: z.uuid(),
  visits: z.array(visitView),
  carRequests: z.array(carRequestView),
  parts: z.array(partView),
  signatures: z.array(signatureView),
  photos: z.array(photoView),
  quote: quoteView.nullable(),
  takenBack: takenBackView.nullable(),
  /** The tenant's arrival checklist, for the arrival step. */
  arrivalChecklist: z.array(z.string()),
  /**
   * Replacement advice: the quoted repair against the model's current list price; `suggested`
   * when it reaches the tenant's threshold.
   */
  replacement: z.object({
    suggested: z.boolean(),
    thresholdPercent: z.number().int(),
    repairCents: z.number().int().nullable(),
    currentValueCents: z.number().int().nullable(),
  }),
});
export type OnSiteView = z.infer<typeof onSiteView>;

export const serviceSettingsView = z.object({
  arrivalChecklist: z.array(text(200)).max(30),
  replacementThresholdPercent: z.number().int().min(1).max(100),
  slaWarnPercent: z.number().int().min(10).max(95),
  version: z.number().int(),
});
export type ServiceSettingsView = z.infer<typeof serviceSettingsView>;
export const serviceSettingsBody = serviceSettingsView.refine(
  (s) => new Set(s.arrivalChecklist).size === s.arrivalChecklist.length,
  { message: 'each checklist item once', path: ['arrivalChecklist'] },
);
