import type { WarrantyState } from '../../../warranty/warranty.rules';
import type { ChaseCoverage, ReturnCause } from '../../repair-return.states';
import { coverageFromWarranty, isCharged as isChargedBy } from '../../return-coverage.rules';

/** The warranty the device is under today, as the return's coverage; null when unknown. */
export function coverageOfWarranty(state: WarrantyState | undefined): ChaseCoverage | null {
  return coverageFromWarranty(state ?? null);
}

/**
 * Whether the test will charge the customer (and so needs a quote), by the server's own rule.
 * Null while that cannot be told yet: no cause picked, or a product fault with the warranty
 * unknown. Human damage and no fault found need no warranty to decide.
 */
export function isCharged(
  cause: ReturnCause | undefined,
  coverage: ChaseCoverage | null | undefined,
): boolean | null {
  if (!cause) return null;
  if (cause !== 'product_fault') return isChargedBy(cause, coverage ?? 'repair');
  return coverage ? isChargedBy(cause, coverage) : null;
}
