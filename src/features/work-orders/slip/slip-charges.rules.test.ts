import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slipCharges } from './slip-charges.rules';
import type { SlipPart } from './slip.schemas';

const part = fc
  .record({
    name: fc.constantFrom('搓纸轮', '定影膜', '电源板'),
    quantity: fc.integer({ min: 1, max: 20 }),
    unitPriceCents: fc.integer({ min: 0, max: 500_000 }),
    covered: fc.boolean(),
  })
  .map((p): SlipPart => ({ ...p, partNumber: null, amountCents: p.quantity * p.unitPriceCents }));

describe('slipCharges', () => {
  it('charges the uncovered parts when there is no quote', () => {
    const charges = slipCharges(null, 'approved', [
      {
        name: '搓纸轮',
        partNumber: null,
        quantity: 2,
        unitPriceCents: 4_500,
        amountCents: 9_000,
        covered: false,
      },
      {
        name: '定影膜',
        partNumber: null,
        quantity: 1,
        unitPriceCents: 12_000,
        amountCents: 12_000,
        covered: true,
      },
    ]);
    expect(charges).toEqual({
      source: 'parts',
      decision: null,
      lines: [
        {
          kind: 'part',
          description: '搓纸轮 × 2',
          amountCents: 9_000,
          coveredCents: 0,
          chargedCents: 9_000,
        },
        {
          kind: 'part',
          description: '定影膜 × 1',
          amountCents: 12_000,
          coveredCents: 12_000,
          chargedCents: 0,
        },
      ],
      totals: { grossCents: 21_000, coveredCents: 12_000, chargedCents: 9_000 },
    });
  });

  it('takes the quote lines as they are, with the decision, when there is a quote', () => {
    const lines = [
      {
        kind: 'labour' as const,
        description: '打印机',
        amountCents: 8_000,
        coveredCents: 0,
        chargedCents: 8_000,
      },
    ];
    expect(slipCharges({ lines }, 'declined', [])).toEqual({
      source: 'quote',
      decision: 'declined',
      lines,
      totals: { grossCents: 8_000, coveredCents: 0, chargedCents: 8_000 },
    });
  });

  it('always totals to what its lines say, and covered plus charged is the gross', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const { lines, totals } = slipCharges(null, null, parts);
        expect(totals.grossCents).toBe(parts.reduce((s, p) => s + p.amountCents, 0));
        expect(totals.coveredCents + totals.chargedCents).toBe(totals.grossCents);
        expect(totals.chargedCents).toBe(lines.reduce((s, l) => s + l.chargedCents, 0));
      }),
    );
  });
});
