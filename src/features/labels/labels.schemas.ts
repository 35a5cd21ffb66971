import { z } from 'zod';

/** What a label may show besides its QR code, 「扫码报修」 and the service hotline. */
export const LABEL_FIELDS = ['company', 'model', 'serialNumber', 'department', 'location'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];
export const DEFAULT_LABEL_FIELDS: LabelField[] = [
  'company',
  'model',
  'serialNumber',
  'department',
];

/** The sheet's limits, checked by checkLabelSheet so a bad grid gets its own clear message. */
export const LABEL_GRID_LIMITS = { columns: 6, rows: 12, marginMm: 30 } as const;
/** Common A4 label papers (columns × rows, margin in mm). */
export const LABEL_PRESETS = [
  { columns: 3, rows: 8, marginMm: 0 },
  { columns: 3, rows: 7, marginMm: 0 },
  { columns: 2, rows: 7, marginMm: 0 },
  { columns: 2, rows: 5, marginMm: 5 },
  { columns: 4, rows: 10, marginMm: 0 },
] as const;

export const labelGrid = z.object({
  columns: z.number().int().describe(`1–${LABEL_GRID_LIMITS.columns}`),
  rows: z.number().int().describe(`1–${LABEL_GRID_LIMITS.rows}`),
});
export type LabelGrid = z.infer<typeof labelGrid>;

export const printLabelSheetBody = z.object({
  customerId: z.uuid(),
  departmentId: z.uuid().optional(),
  /** A subset of the customer's devices; all of them (not retired) when absent. */
  assetIds: z.array(z.uuid()).min(1).max(2000).optional(),
  grid: labelGrid,
  /** The page margin on every side, in millimetres (0–30). */
  marginMm: z.number().default(5).describe(`0–${LABEL_GRID_LIMITS.marginMm}`),
  includeFields: z.array(z.enum(LABEL_FIELDS)).max(LABEL_FIELDS.length).optional(),
  /** Thin grey lines between labels, for cutting plain paper; off for die-cut label paper. */
  cutLines: z.boolean().default(false),
});
export type PrintLabelSheetBody = z.infer<typeof printLabelSheetBody>;

export const listLabelAssetsQuery = z.object({
  customerId: z.uuid(),
  departmentId: z.uuid().optional(),
});
export type ListLabelAssetsQuery = z.infer<typeof listLabelAssetsQuery>;

/** A device as the label page lists it. */
export const labelAssetView = z.object({
  id: z.uuid(),
  serialNumber: z.string(),
  modelCode: z.string(),
  modelName: z.string(),
  brandName: z.string(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  location: z.string().nullable(),
  status: z.string(),
  hasToken: z.boolean(),
});
export type LabelAssetView = z.infer<typeof labelAssetView>;

export const assetTokenUrlView = z.object({ url: z.string() });
export type AssetTokenUrlView = z.infer<typeof assetTokenUrlView>;
