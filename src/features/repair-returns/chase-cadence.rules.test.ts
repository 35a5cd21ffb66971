import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chaseCadenceDays, chaseOverdueAt, nextChaseDue } from './chase-cadence.rules';
import { CHASE_COVERAGES } from './repair-return.states';

const DAY = 24 * 60 * 60 * 1000;
const DEFAULT = { replacement: 2, repair: 7, urgent: 1 };

describe('chase cadence', () => {
  it('chases 包换 every 2 days, 保修 weekly, urgent daily, and the rest like repairs', () => {
    expect(chaseCadenceDays(DEFAULT, { urgent: false, coverage: 'replacement' })).toBe(2);
    expect(chaseCadenceDays(DEFAULT, { urgent: false, coverage: 'repair' })).toBe(7);
    expect(chaseCadenceDays(DEFAULT, { urgent: false, coverage: 'none' })).toBe(7);
    expect(chaseCadenceDays(DEFAULT, { urgent: false, coverage: null })).toBe(7);
    for (const coverage of [...CHASE_COVERAGES, null])
      expect(chaseCadenceDays(DEFAULT, { urgent: true, coverage })).toBe(1);
  });

  it("follows the tenant's commitments, not the defaults", () => {
    const cadence = { replacement: 3, repair: 10, urgent: 2 };
    expect(chaseCadenceDays(cadence, { urgent: false, coverage: 'replacement' })).toBe(3);
    expect(chaseCadenceDays(cadence, { urgent: false, coverage: 'none' })).toBe(10);
    expect(chaseCadenceDays(cadence, { urgent: true, coverage: 'repair' })).toBe(2);
  });

  it('falls due whole days after the chase, and overdue a day after that', () => {
    const from = new Date('2026-12-01T03:15:00Z');
    expect(nextChaseDue(from, 2).toISOString()).toBe('2026-12-03T03:15:00.000Z');
    expect(chaseOverdueAt(new Date('2026-12-03T03:15:00Z')).toISOString()).toBe(
      '2026-12-04T03:15:00.000Z',
    );
  });

  const cadence = fc.record({
    replacement: fc.integer({ min: 1, max: 90 }),
    repair: fc.integer({ min: 1, max: 90 }),
    urgent: fc.integer({ min: 1, max: 90 }),
  });
  const chased = fc.record({
    urgent: fc.boolean(),
    coverage: fc.constantFrom(...CHASE_COVERAGES, null),
  });
  const instant = fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-01-01T00:00:00Z'),
    noInvalidDate: true,
  });

  it('always picks one of the three cadences, the urgent one for urgent items', () => {
    fc.assert(
      fc.property(cadence, chased, (c, rr) => {
        const days = chaseCadenceDays(c, rr);
        expect([c.replacement, c.repair, c.urgent]).toContain(days);
        if (rr.urgent) expect(days).toBe(c.urgent);
        if (!rr.urgent && rr.coverage !== 'replacement') expect(days).toBe(c.repair);
      }),
    );
  });

  it('puts the next chase exactly its cadence later, so chases never bunch or drift', () => {
    fc.assert(
      fc.property(instant, cadence, chased, fc.integer({ min: 1, max: 20 }), (from, c, rr, n) => {
        const days = chaseCadenceDays(c, rr);
        let due = from;
        for (let i = 0; i < n; i++) {
          const next = nextChaseDue(due, days);
          expect(next.getTime() - due.getTime()).toBe(days * DAY);
          expect(chaseOverdueAt(next).getTime()).toBeGreaterThan(next.getTime());
          due = next;
        }
        expect(due.getTime() - from.getTime()).toBe(n * days * DAY);
      }),
    );
  });
});
