import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { NO_COVER } from '../warranty/warranty.rules';
import { EMPTY_FEE_CONTENT, type FeeStandardContent } from './fees.schemas';
import { priceQuote, type QuoteInput } from './quote.rules';

const PRINTER = '00000000-0000-4000-8000-000000000001';
const ALL = { parts: true, labour: true, travel: true };
const content: FeeStandardContent = {
  ...EMPTY_FEE_CONTENT,
  labour: [
    { categoryId: PRINTER, level: 1, amountCents: 5_000 },
    { categoryId: PRINTER, level: 3, amountCents: 20_000 },
  ],
  defaultLabourCents: { '1': 3_000, '2': 8_000, '3': 15_000 },
  travel: {
    mode: 'zone',
    zones: [
      { zone: 'city', amountCents: 3_000 },
      { zone: 'remote', amountCents: 12_000 },
    ],
    baseCents: 2_000,
    perKmCents: 150,
    freeKm: 10,
  },
  inspectionCents: 5_000,
  partsMarkupPercent: 0,
};
const input = (over: Partial<QuoteInput> = {}): QuoteInput => ({
  content,
  categoryId: PRINTER,
  categoryName: '打印机',
  level: 1,
  travel: { zone: 'city' },
  parts: [{ name: '定影组件', unitPriceCents: 45_000, quantity: 1 }],
  inspection: false,
  coverage: NO_COVER,
  ...over,
});
const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
};

describe('priceQuote', () => {
  it('prices labour by category and level, travel by zone and parts at their price', () => {
    const q = priceQuote(input());
    expect(q.lines.map((l) => [l.kind, l.description, l.amountCents])).toEqual([
      ['labour', '打印机', 5_000],
      ['travel', 'city', 3_000],
      ['part', '定影组件 × 1', 45_000],
    ]);
    expect(q.totals).toEqual({ grossCents: 53_000, coveredCents: 0, chargedCents: 53_000 });
  });

  it('falls back to the level default for a category the table does not list', () => {
    const q = priceQuote(input({ categoryId: '00000000-0000-4000-8000-000000000009', level: 2 }));
    expect(q.lines[0]!.amountCents).toBe(8_000);
    expect(priceQuote(input({ level: 2 })).lines[0]!.amountCents).toBe(8_000);
  });

  it('frees what the warranty covers and charges the rest (保修期: parts and labour)', () => {
    const q = priceQuote(input({ coverage: { parts: true, labour: true, travel: false } }));
    expect(q.lines.map((l) => [l.kind, l.coveredCents, l.chargedCents])).toEqual([
      ['labour', 5_000, 0],
      ['travel', 0, 3_000],
      ['part', 45_000, 0],
    ]);
    expect(q.totals).toEqual({ grossCents: 53_000, coveredCents: 50_000, chargedCents: 3_000 });
  });

  it('charges travel by distance: a base, then every started km past the free ones', () => {
    const byKm = { ...content, travel: { ...content.travel, mode: 'distance' as const } };
    const km = (distanceKm: number) =>
      priceQuote(input({ content: byKm, travel: { distanceKm }, parts: [] })).lines[1]!;
    expect(km(8).amountCents).toBe(2_000);
    expect(km(10).amountCents).toBe(2_000);
    expect(km(10.2).amountCents).toBe(2_150);
    expect(km(25).amountCents).toBe(2_000 + 15 * 150);
    expect(km(25).description).toBe('25 km');
    expect(codeOf(() => priceQuote(input({ content: byKm })))).toBe('QUOTE_DISTANCE_REQUIRED');
  });

  it('refuses a zone the standard does not price, or a distance when it prices zones', () => {
    expect(codeOf(() => priceQuote(input({ travel: { zone: 'county' } })))).toBe(
      'QUOTE_ZONE_UNKNOWN',
    );
    expect(codeOf(() => priceQuote(input({ travel: { distanceKm: 3 } })))).toBe(
      'QUOTE_ZONE_REQUIRED',
    );
  });

  it('has no travel line for a walk-in, and adds 检测费 only when asked, covered as labour', () => {
    const q = priceQuote(input({ travel: null, parts: [], inspection: true, coverage: ALL }));
    expect(q.lines.map((l) => [l.kind, l.amountCents, l.chargedCents])).toEqual([
      ['labour', 5_000, 0],
      ['inspection', 5_000, 0],
    ]);
    const none = priceQuote(
      input({ content: { ...content, inspectionCents: null }, inspection: true }),
    );
    expect(none.lines.some((l) => l.kind === 'inspection')).toBe(false);
  });

  it('marks parts up in whole fen, rounding half up', () => {
    const marked = { ...content, partsMarkupPercent: 15 };
    const parts = [
      { name: 'a', unitPriceCents: 333, quantity: 3 },
      { name: 'b', unitPriceCents: 10, quantity: 1 },
      { name: 'c', unitPriceCents: 1, quantity: 10 },
    ];
    const q = priceQuote(input({ content: marked, travel: null, parts }));
    // 999 × 1.15 = 1148.85 → 1149; 10 × 1.15 = 11.5 → 12; 10 × 1.15 = 11.5 → 12.
    expect(q.lines.slice(1).map((l) => l.amountCents)).toEqual([1_149, 12, 12]);
  });

  it('rejects negative or fractional quantities and prices, and totals too large to keep', () => {
    const part = (unitPriceCents: number, quantity: number) =>
      codeOf(() => priceQuote(input({ parts: [{ name: 'x', unitPriceCents, quantity }] })));
    expect(part(-1, 1)).toBe('VALIDATION_FAILED');
    expect(part(100, -1)).toBe('VALIDATION_FAILED');
    expect(part(100, 1.5)).toBe('VALIDATION_FAILED');
    expect(part(0.5, 1)).toBe('VALIDATION_FAILED');
    expect(part(100_000_000, 30)).toBe('QUOTE_TOO_LARGE');
  });
});

const coverage = fc.record({ parts: fc.boolean(), labour: fc.boolean(), travel: fc.boolean() });
const parts = fc.array(
  fc.record({
    name: fc.constantFrom('滚筒', '主板', '电源'),
    unitPriceCents: fc.integer({ min: 0, max: 1_000_000 }),
    quantity: fc.integer({ min: 0, max: 100 }),
  }),
  { maxLength: 6 },
);
const arbitraryInput = fc.record({
  coverage,
  parts,
  markup: fc.integer({ min: 0, max: 200 }),
  level: fc.constantFrom(1 as const, 2 as const, 3 as const),
  travel: fc.constantFrom(null, { zone: 'city' }, { zone: 'remote' }),
  inspection: fc.boolean(),
});
type Generated = typeof arbitraryInput extends fc.Arbitrary<infer T> ? T : never;
const toInput = (v: Generated) =>
  input({
    coverage: v.coverage,
    parts: v.parts,
    level: v.level,
    travel: v.travel,
    inspection: v.inspection,
    content: { ...content, partsMarkupPercent: v.markup },
  });

describe('priceQuote properties', () => {
  it('splits every line into covered + charged = gross, in whole fen, and sums the totals', () => {
    fc.assert(
      fc.property(arbitraryInput, (v) => {
        const q = priceQuote(toInput(v));
        for (const l of q.lines) {
          expect(Number.isInteger(l.amountCents)).toBe(true);
          expect(l.coveredCents + l.chargedCents).toBe(l.amountCents);
          expect(l.coveredCents).toBeGreaterThanOrEqual(0);
          expect(l.chargedCents).toBeGreaterThanOrEqual(0);
        }
        const sum = (k: 'amountCents' | 'chargedCents') => q.lines.reduce((s, l) => s + l[k], 0);
        expect(q.totals.grossCents).toBe(sum('amountCents'));
        expect(q.totals.chargedCents).toBe(sum('chargedCents'));
        expect(q.totals.coveredCents + q.totals.chargedCents).toBe(q.totals.grossCents);
      }),
    );
  });

  it('charges nothing under full cover and everything under none', () => {
    fc.assert(
      fc.property(arbitraryInput, (v) => {
        const full = priceQuote({ ...toInput(v), coverage: ALL });
        expect(full.totals.chargedCents).toBe(0);
        const none = priceQuote({ ...toInput(v), coverage: NO_COVER });
        expect(none.totals.chargedCents).toBe(none.totals.grossCents);
        expect(none.totals.grossCents).toBe(full.totals.grossCents);
      }),
    );
  });

  it('never charges less when a part is used more, nor more when cover grows', () => {
    fc.assert(
      fc.property(arbitraryInput, fc.integer({ min: 1, max: 50 }), coverage, (v, more, extra) => {
        fc.pre(v.parts.length > 0);
        const base = toInput(v);
        const [first, ...rest] = base.parts;
        const bigger = {
          ...base,
          parts: [{ ...first!, quantity: first!.quantity + more }, ...rest],
        };
        expect(priceQuote(bigger).totals.grossCents).toBeGreaterThanOrEqual(
          priceQuote(base).totals.grossCents,
        );
        expect(priceQuote(bigger).totals.chargedCents).toBeGreaterThanOrEqual(
          priceQuote(base).totals.chargedCents,
        );
        const wider = {
          parts: base.coverage.parts || extra.parts,
          labour: base.coverage.labour || extra.labour,
          travel: base.coverage.travel || extra.travel,
        };
        expect(priceQuote({ ...base, coverage: wider }).totals.chargedCents).toBeLessThanOrEqual(
          priceQuote(base).totals.chargedCents,
        );
      }),
    );
  });
});
