import type { WarrantyState } from '../warranty/warranty.rules';

/** Warranty states in which the repair is free under the policy or a service contract. */
const IN_WARRANTY: readonly WarrantyState[] = ['replacement', 'repair', 'contract'];

export interface ApprovalFacts {
  /** The device's warranty state today; null when the order names no device. */
  warrantyState: WarrantyState | null;
  /** What the order's latest quote charges the customer; null when nothing was quoted. */
  quoteChargedCents: number | null;
  quoteDecision: 'approved' | 'declined' | null;
}

/**
 * Out-of-warranty work waits for the customer's approval of the quote. Work is in warranty when
 * the device is (包换期, 保修期 or a service contract) on the day. An order without a device,
 * or a device whose warranty is unknown, cannot be shown to be covered: it counts as covered
 * only when the order's latest quote charges the customer nothing (priced with the cover the
 * customer's papers show); otherwise the customer approves the quote first.
 */
export function isApprovalNeeded(facts: ApprovalFacts): boolean {
  if (facts.quoteDecision === 'approved') return false;
  if (facts.warrantyState !== null && IN_WARRANTY.includes(facts.warrantyState)) return false;
  return facts.quoteChargedCents !== 0;
}
