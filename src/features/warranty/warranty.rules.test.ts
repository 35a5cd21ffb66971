import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date.rules';
import {
  NO_COVER,
  warrantyStatusOn,
  type ContractCover,
  type Coverage,
  type WarrantyTerms,
} from './warranty.rules';

const ALL: Coverage = { parts: true, labour: true, travel: true };
const terms = (over: Partial<WarrantyTerms> = {}): WarrantyTerms => ({
  replacementDays: 15,
  repairMonths: 12,
  replacementCovers: ALL,
  repairCovers: { parts: true, labour: true, travel: false },
  ...over,
});
const contract = (over: Partial<ContractCover> = {}): ContractCover => ({
  number: 'HT-1',
  startsOn: '2027-06-01',
  endsOn: '2028-05-31',
  covers: { parts: false, labour: true, travel: true },
  ...over,
});
const unit = (
  startsOn: string | null,
  t: WarrantyTerms | null,
  contracts: ContractCover[] = [],
) => ({
  startsOn,
  terms: t,
  contracts,
});

describe('warrantyStatusOn', () => {
  it('counts 包换期 in days including the first day, then 保修期 in months', () => {
    const u = unit('2026-01-10', terms());
    expect(warrantyStatusOn(u, '2026-01-10')).toMatchObject({
      state: 'replacement',
      replacementEndsOn: '2026-01-24',
      repairEndsOn: '2027-01-09',
      coverage: ALL,
    });
    expect(warrantyStatusOn(u, '2026-01-24').state).toBe('replacement');
    expect(warrantyStatusOn(u, '2026-01-25')).toMatchObject({
      state: 'repair',
      coverage: { parts: true, labour: true, travel: false },
    });
    expect(warrantyStatusOn(u, '2027-01-09').state).toBe('repair');
    expect(warrantyStatusOn(u, '2027-01-10')).toMatchObject({
      state: 'expired',
      coverage: NO_COVER,
    });
  });

  it('treats a day before the start as a new unit', () => {
    expect(warrantyStatusOn(unit('2026-03-01', terms()), '2026-02-20').state).toBe('replacement');
  });

  it('clamps 保修期 at month ends and leap days', () => {
    expect(
      warrantyStatusOn(unit('2026-01-31', terms({ repairMonths: 1 })), '2026-02-28'),
    ).toMatchObject({
      state: 'repair',
      repairEndsOn: '2026-02-28',
    });
    expect(
      warrantyStatusOn(unit('2026-01-31', terms({ repairMonths: 1 })), '2026-03-01').state,
    ).toBe('expired');
    const leap = unit('2024-02-29', terms({ repairMonths: 12 }));
    expect(warrantyStatusOn(leap, '2025-02-28')).toMatchObject({
      state: 'repair',
      repairEndsOn: '2025-02-28',
    });
    expect(warrantyStatusOn(leap, '2025-03-01').state).toBe('expired');
    expect(
      warrantyStatusOn(unit('2024-02-01', terms({ replacementDays: 29 })), '2024-02-29'),
    ).toMatchObject({
      state: 'replacement',
      replacementEndsOn: '2024-02-29',
    });
  });

  it('has no end date for a period of length zero', () => {
    const s = warrantyStatusOn(unit('2026-05-01', terms({ replacementDays: 0 })), '2026-05-01');
    expect(s).toMatchObject({
      state: 'repair',
      replacementEndsOn: null,
      repairEndsOn: '2027-04-30',
    });
    const none = warrantyStatusOn(
      unit('2026-05-01', terms({ replacementDays: 0, repairMonths: 0 })),
      '2026-05-01',
    );
    expect(none).toMatchObject({ state: 'expired', replacementEndsOn: null, repairEndsOn: null });
  });

  it('lets a contract extend an expired unit, with its own cover', () => {
    const u = unit('2026-01-10', terms(), [contract()]);
    expect(warrantyStatusOn(u, '2027-05-31')).toMatchObject({
      state: 'expired',
      contractNumber: null,
    });
    expect(warrantyStatusOn(u, '2027-06-01')).toMatchObject({
      state: 'contract',
      contractNumber: 'HT-1',
      contractEndsOn: '2028-05-31',
      coverage: { parts: false, labour: true, travel: true },
    });
    expect(warrantyStatusOn(u, '2028-06-01').state).toBe('expired');
  });

  it('adds a contract to the policy cover during a period', () => {
    const u = unit('2026-01-10', terms(), [
      contract({ startsOn: '2026-01-01', endsOn: '2026-12-31' }),
    ]);
    expect(warrantyStatusOn(u, '2026-06-01')).toMatchObject({ state: 'repair', coverage: ALL });
  });

  it('unions the cover of every active contract and names the one running longest', () => {
    const parts = contract({
      number: 'A',
      endsOn: '2027-12-31',
      covers: { ...NO_COVER, parts: true },
    });
    const travel = contract({
      number: 'B',
      endsOn: '2028-05-31',
      covers: { ...NO_COVER, travel: true },
    });
    const status = warrantyStatusOn(unit(null, null, [parts, travel]), '2027-07-01');
    expect(status).toMatchObject({
      state: 'contract',
      contractNumber: 'B',
      coverage: { parts: true, labour: false, travel: true },
    });
  });

  it('is unknown without a start date or a policy', () => {
    expect(warrantyStatusOn(unit(null, terms()), '2026-01-01').state).toBe('unknown');
    expect(warrantyStatusOn(unit('2026-01-01', null), '2026-01-01')).toMatchObject({
      state: 'unknown',
      coverage: NO_COVER,
    });
  });
});

const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('2000-01-01', n));
const coverage = fc.record({ parts: fc.boolean(), labour: fc.boolean(), travel: fc.boolean() });
const anyTerms = fc.record({
  replacementDays: fc.integer({ min: 0, max: 400 }),
  repairMonths: fc.integer({ min: 0, max: 72 }),
  replacementCovers: coverage,
  repairCovers: coverage,
});
const anyContract = fc
  .tuple(day, fc.integer({ min: 0, max: 1500 }), coverage)
  .map(([startsOn, length, covers]) => ({
    number: 'C',
    startsOn,
    endsOn: addDays(startsOn, length),
    covers,
  }));
const RANK = { replacement: 0, repair: 1, expired: 2 } as const;

describe('warrantyStatusOn properties', () => {
  it('never goes back: replacement → repair → expired over time, without contracts', () => {
    fc.assert(
      fc.property(day, anyTerms, day, fc.integer({ min: 0, max: 3000 }), (start, t, on, later) => {
        const u = unit(start, t);
        const a = warrantyStatusOn(u, on).state as keyof typeof RANK;
        const b = warrantyStatusOn(u, addDays(on, later)).state as keyof typeof RANK;
        expect(RANK[b]).toBeGreaterThanOrEqual(RANK[a]);
      }),
    );
  });

  it('covers at least as much with a contract as without', () => {
    fc.assert(
      fc.property(
        day,
        anyTerms,
        fc.array(anyContract, { maxLength: 3 }),
        day,
        (start, t, cs, on) => {
          const without = warrantyStatusOn(unit(start, t), on).coverage;
          const withContracts = warrantyStatusOn(unit(start, t, cs), on).coverage;
          for (const k of ['parts', 'labour', 'travel'] as const)
            if (without[k]) expect(withContracts[k]).toBe(true);
        },
      ),
    );
  });

  it('ends every period on or after its start, and agrees with the dates it reports', () => {
    fc.assert(
      fc.property(day, anyTerms, day, (start, t, on) => {
        const s = warrantyStatusOn(unit(start, t), on);
        if (s.replacementEndsOn) expect(s.replacementEndsOn >= start).toBe(true);
        if (s.repairEndsOn) expect(s.repairEndsOn >= start).toBe(true);
        if (s.state === 'replacement') expect(on <= s.replacementEndsOn!).toBe(true);
        if (s.state === 'repair') expect(on <= s.repairEndsOn!).toBe(true);
        if (s.state === 'expired') {
          expect(s.coverage).toEqual(NO_COVER);
          if (s.repairEndsOn) expect(on > s.repairEndsOn).toBe(true);
        }
      }),
    );
  });
});
