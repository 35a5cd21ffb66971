import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETURN_OUTCOMES } from './repair-return.states';
import { type ReturnedFromVendor, turnaroundDays, vendorFigures } from './vendor-performance.rules';

const DAY = 24 * 60 * 60 * 1000;
const back = (
  vendorId: string,
  days: number,
  backOn: string,
  promisedOn: string | null,
  outcome: ReturnedFromVendor['outcome'] = 'repaired',
): ReturnedFromVendor => {
  const shippedAt = new Date('2026-11-01T02:00:00Z');
  return {
    vendorId,
    shippedAt,
    backAt: new Date(shippedAt.getTime() + days * DAY),
    backOn,
    promisedOn,
    outcome,
  };
};

describe('vendor performance', () => {
  it('gives each vendor its mean turnaround, on-time share and refusals', () => {
    const figures = vendorFigures([
      back('hp', 10, '2026-11-11', '2026-11-12'),
      back('hp', 20, '2026-11-21', '2026-11-20'),
      back('hp', 6, '2026-11-07', null, 'refused'),
      back('canon', 3.5, '2026-11-04', '2026-11-04', 'replaced'),
    ]);
    expect(figures).toEqual([
      { vendorId: 'hp', returned: 3, meanTurnaroundDays: 12, onTimeShare: 0.5, refused: 1 },
      { vendorId: 'canon', returned: 1, meanTurnaroundDays: 3.5, onTimeShare: 1, refused: 0 },
    ]);
  });

  it('has no on-time share for a vendor that never promised a date, and none for no returns', () => {
    expect(vendorFigures([back('hp', 1, '2026-11-02', null)])[0]!.onTimeShare).toBeNull();
    expect(vendorFigures([])).toEqual([]);
  });

  it('counts a return back on the promised day as on time', () => {
    expect(vendorFigures([back('hp', 5, '2026-11-06', '2026-11-06')])[0]!.onTimeShare).toBe(1);
  });

  const returned = fc.record({
    vendorId: fc.constantFrom('a', 'b', 'c'),
    days: fc.double({ min: 0, max: 200, noNaN: true }),
    backOffset: fc.integer({ min: 0, max: 200 }),
    promiseOffset: fc.option(fc.integer({ min: 0, max: 200 })),
    outcome: fc.constantFrom(...RETURN_OUTCOMES),
  });
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * DAY).toISOString().slice(0, 10);
  type Row = typeof returned extends fc.Arbitrary<infer R> ? R : never;
  const toReturn = (r: Row) =>
    back(
      r.vendorId,
      r.days,
      day(r.backOffset),
      r.promiseOffset === null ? null : day(r.promiseOffset),
      r.outcome,
    );

  it('keeps every return counted once, shares within 0–1 and means within the range', () => {
    fc.assert(
      fc.property(fc.array(returned, { maxLength: 40 }), (list) => {
        const input = list.map(toReturn);
        const figures = vendorFigures(input);
        expect(figures.reduce((n, f) => n + f.returned, 0)).toBe(input.length);
        expect(new Set(figures.map((f) => f.vendorId)).size).toBe(figures.length);
        for (const f of figures) {
          const mine = input.filter((r) => r.vendorId === f.vendorId);
          const days = mine.map((r) => turnaroundDays(r.shippedAt, r.backAt));
          expect(f.meanTurnaroundDays!).toBeGreaterThanOrEqual(Math.min(...days) - 0.05);
          expect(f.meanTurnaroundDays!).toBeLessThanOrEqual(Math.max(...days) + 0.05);
          expect(f.refused).toBe(mine.filter((r) => r.outcome === 'refused').length);
          const promised = mine.filter((r) => r.promisedOn !== null);
          if (promised.length === 0) expect(f.onTimeShare).toBeNull();
          else {
            expect(f.onTimeShare!).toBeGreaterThanOrEqual(0);
            expect(f.onTimeShare!).toBeLessThanOrEqual(1);
            const onTime = promised.filter((r) => r.backOn <= r.promisedOn!).length;
            expect(f.onTimeShare!).toBeCloseTo(onTime / promised.length, 4);
          }
        }
      }),
    );
  });

  it('does not depend on the order the returns come in', () => {
    fc.assert(
      fc.property(fc.array(returned, { maxLength: 30 }), (list) => {
        const input = list.map(toReturn);
        const byVendor = (fs: ReturnType<typeof vendorFigures>) =>
          [...fs].sort((a, b) => a.vendorId.localeCompare(b.vendorId));
        expect(byVendor(vendorFigures([...input].reverse()))).toEqual(
          byVendor(vendorFigures(input)),
        );
      }),
    );
  });

  it('never counts a negative turnaround', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (ms) => {
        const at = new Date('2026-11-01T00:00:00Z');
        expect(turnaroundDays(at, new Date(at.getTime() + ms))).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
