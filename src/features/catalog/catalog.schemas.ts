import { z } from 'zod';

export const categoryView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  defaultMinutes: z.number().int(),
  requiresCertificate: z.boolean(),
  isCancelled: z.boolean(),
  createdAt: z.string(),
});
export type CategoryView = z.infer<typeof categoryView>;

/** Short upper-case codes (PC, PRN, MED …): what imports and reports refer to. */
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_-]{1,16}$/, 'A–Z, 0–9, _ or -, at most 16');
const name = z.string().trim().min(1).max(60);
/** On-site minutes: five minutes to a whole working day. */
const defaultMinutes = z.number().int().min(5).max(720);

export const createCategoryBody = z.object({
  code,
  name,
  defaultMinutes: defaultMinutes.default(60),
  requiresCertificate: z.boolean().default(false),
});
export type CreateCategoryBody = z.infer<typeof createCategoryBody>;

export const updateCategoryBody = z.object({
  code: code.optional(),
  name: name.optional(),
  defaultMinutes: defaultMinutes.optional(),
  requiresCertificate: z.boolean().optional(),
});
export type UpdateCategoryBody = z.infer<typeof updateCategoryBody>;

export const cancelCategoryBody = z.object({ reason: z.string().trim().min(1).max(500) });

export const listCategoriesQuery = z.object({
  includeCancelled: z.enum(['true', 'false']).default('false'),
});
