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
