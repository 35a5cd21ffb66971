import { z } from 'zod';
import { coverageView } from '../warranty/warranty.schemas';

/** Money in integer fen; ¥1,000,000 is far above any one line of a repair. */
export const cents = z.number().int().min(0).max(100_000_000);
const isoDate = z.iso.date();

/** 难度: 1 简单, 2 一般, 3 复杂. */
export const LEVELS = [1, 2, 3] as const;
export const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof level>;

/**
 * The zones a tenant's first draft prices (市区, 郊县, 外地): the service commitments' default
 * zones. The page offers the commitments' zones; these names are in the i18n files (fees.zone.*).
 */
export const DEFAULT_ZONES = ['city', 'county', 'remote'] as const;
/** The same codes as the service commitments' zones. */
export const zoneCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{1,20}$/, 'a–z, 0–9 or -, at most 20');

const labourRow = z.object({ categoryId: z.uuid(), level, amountCents: cents });

/** 维修收费标准: labour by category × level, travel by zone or distance, parts at price. */
export const feeStandardContent = z
  .object({
    labour: z.array(labourRow).max(600),
    /** For categories the table does not list; keyed by level. */
    defaultLabourCents: z.object({ '1': cents, '2': cents, '3': cents }),
    travel: z.object({
      mode: z.enum(['zone', 'distance']),
      zones: z.array(z.object({ zone: zoneCode, amountCents: cents })).max(30),
      baseCents: cents,
      perKmCents: cents,
      freeKm: z.number().int().min(0).max(1000),
    }),
    /** 检测费, when the standard charges one. */
    inspectionCents: cents.nullable().default(null),
    partsMarkupPercent: z.number().int().min(0).max(500).default(0),
  })
  .superRefine((content, issue) => {
    const rows = new Set<string>();
    content.labour.forEach((row, i) => {
      const key = `${row.categoryId}:${row.level}`;
      if (rows.has(key))
        issue.addIssue({ code: 'custom', path: ['labour', i], message: 'duplicate row' });
      rows.add(key);
    });
    const zones = new Set<string>();
    content.travel.zones.forEach((z, i) => {
      if (zones.has(z.zone))
        issue.addIssue({ code: 'custom', path: ['travel', 'zones', i], message: 'duplicate zone' });
      zones.add(z.zone);
    });
  });
export type FeeStandardContent = z.infer<typeof feeStandardContent>;

/** What a tenant's first draft starts from: every price at zero, the default zones. */
export const EMPTY_FEE_CONTENT: FeeStandardContent = {
  labour: [],
  defaultLabourCents: { '1': 0, '2': 0, '3': 0 },
  travel: {
    mode: 'zone',
    zones: DEFAULT_ZONES.map((zone) => ({ zone, amountCents: 0 })),
    baseCents: 0,
    perKmCents: 0,
    freeKm: 0,
  },
  inspectionCents: null,
  partsMarkupPercent: 0,
};

export const FEE_STANDARD_STATUSES = ['draft', 'published'] as const;

export const feeStandardSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(FEE_STANDARD_STATUSES),
  effectiveFrom: z.string(),
  note: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  /** The version in effect today (at most one). */
  isInEffect: z.boolean(),
});
export type FeeStandardSummary = z.infer<typeof feeStandardSummary>;

export const feeStandardView = feeStandardSummary.extend({ content: feeStandardContent });
export type FeeStandardView = z.infer<typeof feeStandardView>;

export const updateFeeStandardBody = z.object({
  content: feeStandardContent.optional(),
  effectiveFrom: isoDate.optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
export type UpdateFeeStandardBody = z.infer<typeof updateFeeStandardBody>;

export const publishFeeStandardBody = z.object({ effectiveFrom: isoDate.optional() });

export const feeStandardOnQuery = z.object({ on: isoDate.optional() });

export const partInput = z.object({
  name: z.string().trim().min(1).max(100),
  unitPriceCents: cents,
  quantity: z.number().int().min(1).max(9999),
});
export type PartInput = z.infer<typeof partInput>;

/** Walk-ins (送修) have no travel; on-site visits name a zone or a distance. */
export const travelInput = z.union([
  z.object({ zone: zoneCode }),
  z.object({ distanceKm: z.number().min(0).max(5000) }),
]);
export type TravelInput = z.infer<typeof travelInput>;

export const quoteBody = z
  .object({
    assetId: z.uuid().optional(),
    coverage: coverageView.optional(),
    categoryId: z.uuid(),
    level,
    travel: travelInput.nullable().default(null),
    parts: z.array(partInput).max(50).default([]),
    inspection: z.boolean().default(false),
    serviceRequestId: z.uuid().optional(),
    workOrderId: z.uuid().optional(),
  })
  .refine((b) => (b.assetId === undefined) !== (b.coverage === undefined), {
    message: 'give either assetId or coverage',
    path: ['coverage'],
  });
export type QuoteBody = z.infer<typeof quoteBody>;

export const QUOTE_LINE_KINDS = ['labour', 'travel', 'part', 'inspection'] as const;
export const quoteLine = z.object({
  kind: z.enum(QUOTE_LINE_KINDS),
  description: z.string(),
  amountCents: z.number().int(),
  coveredCents: z.number().int(),
  chargedCents: z.number().int(),
});
export type QuoteLine = z.infer<typeof quoteLine>;

export const quoteTotals = z.object({
  grossCents: z.number().int(),
  coveredCents: z.number().int(),
  chargedCents: z.number().int(),
});

export const quoteView = z.object({
  id: z.uuid().nullable(),
  feeStandardId: z.uuid(),
  feeStandardVersion: z.number().int(),
  assetId: z.uuid().nullable(),
  serviceRequestId: z.uuid().nullable(),
  workOrderId: z.uuid().nullable(),
  categoryId: z.uuid(),
  level,
  /** The warranty applied: the asset's state on the day, or "manual". */
  warrantyState: z.string(),
  coverage: coverageView,
  lines: z.array(quoteLine),
  totals: quoteTotals,
  createdAt: z.string().nullable(),
});
export type QuoteView = z.infer<typeof quoteView>;
