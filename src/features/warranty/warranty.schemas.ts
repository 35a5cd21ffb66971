import { z } from 'zod';
import { WARRANTY_STATES } from './warranty.rules';

export const coverageView = z.object({
  parts: z.boolean(),
  labour: z.boolean(),
  travel: z.boolean(),
});

/** A WarrantyStatus on the wire: shown at intake, on work orders and on the public page. */
export const warrantyStatusView = z.object({
  state: z.enum(WARRANTY_STATES),
  startsOn: z.string().nullable(),
  replacementEndsOn: z.string().nullable(),
  repairEndsOn: z.string().nullable(),
  contractNumber: z.string().nullable(),
  contractEndsOn: z.string().nullable(),
  coverage: coverageView,
});
export type WarrantyStatusView = z.infer<typeof warrantyStatusView>;

/** A warranty policy as the admin page and the asset forms see it. */
export const warrantyPolicyView = z.object({
  id: z.uuid(),
  name: z.string(),
  replacementDays: z.number().int(),
  repairMonths: z.number().int(),
  replacementCovers: coverageView,
  repairCovers: coverageView,
  note: z.string().nullable(),
  isCancelled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WarrantyPolicyView = z.infer<typeof warrantyPolicyView>;

const name = z.string().trim().min(1).max(60);
/** Up to ten years of 包换期 and fifteen of 保修期: beyond that it is a typo. */
const replacementDays = z.number().int().min(0).max(3650);
const repairMonths = z.number().int().min(0).max(180);
const note = z.string().trim().max(500).nullable();

export const createWarrantyPolicyBody = z.object({
  name,
  replacementDays,
  repairMonths,
  replacementCovers: coverageView.default({ parts: true, labour: true, travel: true }),
  repairCovers: coverageView.default({ parts: true, labour: true, travel: false }),
  note: note.default(null),
});
export type CreateWarrantyPolicyBody = z.infer<typeof createWarrantyPolicyBody>;

export const updateWarrantyPolicyBody = z.object({
  name: name.optional(),
  replacementDays: replacementDays.optional(),
  repairMonths: repairMonths.optional(),
  replacementCovers: coverageView.optional(),
  repairCovers: coverageView.optional(),
  note: note.optional(),
});
export type UpdateWarrantyPolicyBody = z.infer<typeof updateWarrantyPolicyBody>;

export const cancelWarrantyPolicyBody = z.object({ reason: z.string().trim().min(1).max(500) });

export const listWarrantyPoliciesQuery = z.object({
  includeCancelled: z.enum(['true', 'false']).default('false'),
});
