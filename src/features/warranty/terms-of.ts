import type { warrantyPolicies } from './warranty.table';
import type { WarrantyTerms } from './warranty.rules';

/** A policy row's terms, for warrantyStatusOn. */
export function termsOf(policy: typeof warrantyPolicies.$inferSelect): WarrantyTerms {
  return {
    replacementDays: policy.replacementDays,
    repairMonths: policy.repairMonths,
    replacementCovers: {
      parts: policy.replacementCoversParts,
      labour: policy.replacementCoversLabour,
      travel: policy.replacementCoversTravel,
    },
    repairCovers: {
      parts: policy.repairCoversParts,
      labour: policy.repairCoversLabour,
      travel: policy.repairCoversTravel,
    },
  };
}
