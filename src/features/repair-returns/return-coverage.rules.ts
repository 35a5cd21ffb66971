import type { WarrantyState } from '../warranty/warranty.rules';
import type { ChaseCoverage, ReturnCause } from './repair-return.states';

/** A service contract keeps a unit under repair warranty; an unknown state decides nothing. */
const COVERAGE_OF: Record<WarrantyState, ChaseCoverage | null> = {
  replacement: 'replacement',
  repair: 'repair',
  contract: 'repair',
  expired: 'none',
  unknown: null,
};

/** The return's coverage from the device's warranty today, or null when that says nothing. */
export function coverageFromWarranty(state: WarrantyState | null): ChaseCoverage | null {
  return state ? COVERAGE_OF[state] : null;
}

/** Human damage is always charged; out of warranty too, unless no fault was found. */
export function isCharged(cause: ReturnCause, coverage: ChaseCoverage): boolean {
  return cause === 'human_damage' || (coverage === 'none' && cause !== 'no_fault_found');
}
