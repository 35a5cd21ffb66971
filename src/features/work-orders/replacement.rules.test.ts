import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviseReplacement, repairCentsOf } from './replacement.rules';

describe('adviseReplacement', () => {
  it('proposes replacement from the threshold share of the current value on', () => {
    const at = (repairCents: number) =>
      adviseReplacement({ repairCents, currentValueCents: 300_000, thresholdPercent: 50 })
        .suggested;
    expect(at(149_999)).toBe(false);
    expect(at(150_000)).toBe(true);
    expect(at(400_000)).toBe(true);
  });

  it('proposes nothing without a quote or a known value', () => {
    expect(
      adviseReplacement({ repairCents: null, currentValueCents: 1000, thresholdPercent: 50 }),
    ).toEqual({
      suggested: false,
      thresholdPercent: 50,
      repairCents: null,
      currentValueCents: 1000,
    });
    expect(
      adviseReplacement({ repairCents: 5000, currentValueCents: null, thresholdPercent: 50 })
        .suggested,
    ).toBe(false);
    expect(
      adviseReplacement({ repairCents: 5000, currentValueCents: 0, thresholdPercent: 50 })
        .suggested,
    ).toBe(false);
  });

  it('agrees with the exact ratio for every amount (no rounding at the boundary)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (repairCents, currentValueCents, thresholdPercent) =>
          adviseReplacement({ repairCents, currentValueCents, thresholdPercent }).suggested ===
          BigInt(repairCents) * 100n >= BigInt(thresholdPercent) * BigInt(currentValueCents),
      ),
    );
  });

  it('is monotone: a dearer repair is never less of a case for replacement', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (a, extra, value, threshold) =>
          !adviseReplacement({
            repairCents: a,
            currentValueCents: value,
            thresholdPercent: threshold,
          }).suggested ||
          adviseReplacement({
            repairCents: a + extra,
            currentValueCents: value,
            thresholdPercent: threshold,
          }).suggested,
      ),
    );
  });
});

describe('repairCentsOf', () => {
  it('counts labour, parts and inspection, not travel', () => {
    expect(
      repairCentsOf([
        { kind: 'labour', amountCents: 10_000 },
        { kind: 'travel', amountCents: 5_000 },
        { kind: 'part', amountCents: 20_000 },
        { kind: 'inspection', amountCents: 3_000 },
      ]),
    ).toBe(33_000);
  });
});
