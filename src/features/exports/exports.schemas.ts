import { z } from 'zod';

/** Every list that can be exported, as `GET /api/exports/<list>.xlsx`. */
export const EXPORT_LISTS = [
  'customers',
  'assets',
  'product-models',
  'vendors',
  'brands',
  'service-contracts',
  'warranty-policies',
  'work-orders',
  'hotline-calls',
  'service-requests',
  'users',
] as const;
export type ExportListName = (typeof EXPORT_LISTS)[number];

/** Enough for any list a screen shows; a larger export is refused, asking for narrower filters. */
export const MAX_EXPORT_ROWS = 100_000;

export const exportParams = z.object({
  file: z.enum(EXPORT_LISTS.map((list) => `${list}.xlsx` as const) as [`${ExportListName}.xlsx`]),
});
