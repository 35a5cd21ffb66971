import { describe, expect, it } from 'vitest';
import { WARRANTY_STATES } from '../warranty/warranty.rules';
import { CHASE_COVERAGES, RETURN_CAUSES } from './repair-return.states';
import { coverageFromWarranty, isCharged } from './return-coverage.rules';

describe('the coverage of a tested return', () => {
  it('follows the device: 包换 and 保修 as they are, a contract as repair, expired as none', () => {
    expect(Object.fromEntries(WARRANTY_STATES.map((s) => [s, coverageFromWarranty(s)]))).toEqual({
      replacement: 'replacement',
      repair: 'repair',
      contract: 'repair',
      expired: 'none',
      unknown: null,
    });
    expect(coverageFromWarranty(null)).toBeNull();
  });
});

describe('whether a return is charged', () => {
  const EXPECTED: Record<string, boolean> = {
    'product_fault:replacement': false,
    'product_fault:repair': false,
    'product_fault:none': true,
    'human_damage:replacement': true,
    'human_damage:repair': true,
    'human_damage:none': true,
    'no_fault_found:replacement': false,
    'no_fault_found:repair': false,
    'no_fault_found:none': false,
  };
  for (const cause of RETURN_CAUSES)
    for (const coverage of CHASE_COVERAGES)
      it(`${cause} under ${coverage}: ${EXPECTED[`${cause}:${coverage}`] ? 'charged' : 'free'}`, () => {
        expect(isCharged(cause, coverage)).toBe(EXPECTED[`${cause}:${coverage}`]);
      });
});
