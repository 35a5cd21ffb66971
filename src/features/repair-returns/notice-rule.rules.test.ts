import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isExpectedReturnLate, overdueNoticeAt } from './notice-rule.rules';

const DAY = 24 * 60 * 60 * 1000;

describe('the 14-day rule', () => {
  it('finds an expected return late only when it is more than the notice days after take-back', () => {
    expect(isExpectedReturnLate('2026-11-28', '2026-12-12', 14)).toBe(false);
    expect(isExpectedReturnLate('2026-11-28', '2026-12-13', 14)).toBe(true);
    expect(isExpectedReturnLate('2026-11-28', '2026-11-30', 14)).toBe(false);
    expect(isExpectedReturnLate('2026-11-28', '2026-12-06', 7)).toBe(true);
  });

  it('counts across months, years and leap days', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
    expect(addDays('2027-02-20', 14)).toBe('2027-03-06');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('makes the "not back" notice due the notice days after take-back', () => {
    expect(overdueNoticeAt(new Date('2026-11-28T02:00:00Z'), 14).toISOString()).toBe(
      '2026-12-12T02:00:00.000Z',
    );
  });

  const day = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const noticeDays = fc.integer({ min: 1, max: 90 });

  it('is late exactly from the day after the limit, whatever the day and the notice days', () => {
    fc.assert(
      fc.property(day, noticeDays, fc.integer({ min: -100, max: 100 }), (taken, n, offset) => {
        const expected = addDays(taken, n + offset);
        expect(isExpectedReturnLate(taken, expected, n)).toBe(offset > 0);
      }),
    );
  });

  it('adds days as the calendar does: one at a time is the same as all at once', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (start, n) => {
        let stepped = start;
        for (let i = 0; i < n; i++) stepped = addDays(stepped, 1);
        expect(addDays(start, n)).toBe(stepped);
        expect(addDays(addDays(start, n), -n)).toBe(start);
        expect(Date.parse(addDays(start, n)) - Date.parse(start)).toBe(n * DAY);
      }),
      { numRuns: 50 },
    );
  });
});
