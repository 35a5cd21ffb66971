import { describe, expect, it } from 'vitest';
import { coverageOfWarranty, isCharged } from './testCharge';

describe('coverageOfWarranty', () => {
  it('maps the warranty periods onto the return coverage', () => {
    expect(coverageOfWarranty('replacement')).toBe('replacement');
    expect(coverageOfWarranty('repair')).toBe('repair');
    expect(coverageOfWarranty('contract')).toBe('repair');
    expect(coverageOfWarranty('expired')).toBe('none');
    expect(coverageOfWarranty('unknown')).toBeNull();
    expect(coverageOfWarranty(undefined)).toBeNull();
  });
});

describe('isCharged', () => {
  it('charges human damage whatever the warranty', () => {
    expect(isCharged('human_damage', 'replacement')).toBe(true);
    expect(isCharged('human_damage', null)).toBe(true);
  });

  it('never charges when no fault was found, even out of warranty', () => {
    expect(isCharged('no_fault_found', 'none')).toBe(false);
  });

  it('charges a product fault only out of warranty, and cannot tell without one', () => {
    expect(isCharged('product_fault', 'none')).toBe(true);
    expect(isCharged('product_fault', 'repair')).toBe(false);
    expect(isCharged('product_fault', null)).toBeNull();
    expect(isCharged(undefined, 'none')).toBeNull();
  });
});
