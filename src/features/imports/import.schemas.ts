import { z } from 'zod';

export const IMPORT_KINDS = ['customers', 'assets'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const rowFailureView = z.object({
  /** The row number as Excel shows it (the header is row 1). */
  row: z.number().int(),
  /** The column's Chinese header, when the problem is in one cell. */
  column: z.string().nullable(),
  code: z.string(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type RowFailureView = z.infer<typeof rowFailureView>;

/**
 * What an import did (or, on a dry run, would do): good rows imported, bad rows listed with
 * the reason. Counts are of records: customers for a customer import, assets for an asset one.
 */
export const importReport = z.object({
  dryRun: z.boolean(),
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  failed: z.array(rowFailureView),
  /** Reference records created on the way (departments; brands and models for assets). */
  createdDepartments: z.number().int(),
  createdBrands: z.number().int(),
  createdModels: z.number().int(),
});
export type ImportReport = z.infer<typeof importReport>;

export const importQuery = z.object({
  /** Validate and report only; nothing is written. */
  dryRun: z.enum(['true', 'false']).default('false'),
});
