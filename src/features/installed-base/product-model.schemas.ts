import { z } from 'zod';
import { cents, includeCancelledQuery, pagingQuery, ref } from './common.schemas';

export const productModelView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  category: ref,
  brand: ref,
  vendor: ref.nullable(),
  warrantyPolicy: ref.nullable(),
  listPriceCents: z.number().int().nullable(),
  isCancelled: z.boolean(),
  createdAt: z.string(),
});
export type ProductModelView = z.infer<typeof productModelView>;

/** The manufacturer's model code as printed on the nameplate (case kept). */
const code = z.string().trim().min(1).max(60);

export const productModelBody = z.object({
  code,
  name: z.string().trim().min(1).max(120),
  categoryId: z.uuid(),
  brandId: z.uuid(),
  vendorId: z.uuid().nullable().optional(),
  warrantyPolicyId: z.uuid().nullable().optional(),
  listPriceCents: cents.nullable().optional(),
});
export type ProductModelBody = z.infer<typeof productModelBody>;

export const listProductModelsQuery = z.object({
  ...pagingQuery,
  brandId: z.uuid().optional(),
  categoryId: z.uuid().optional(),
  includeCancelled: includeCancelledQuery,
});
export type ListProductModelsQuery = z.infer<typeof listProductModelsQuery>;
