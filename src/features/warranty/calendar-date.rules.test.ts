import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isIsoDate, lastDayOfMonths } from './calendar-date.rules';

/** Any calendar day from 1990 to 2099, as an ISO string. */
const isoDay = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-11-28T00:00')).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('clamps a month-end day to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-10-31', 2)).toBe('2026-12-31');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
  });

  it('ends a period of months the day before the same day, or at the end of a short month', () => {
    expect(lastDayOfMonths('2026-01-15', 1)).toBe('2026-02-14');
    expect(lastDayOfMonths('2026-01-01', 12)).toBe('2026-12-31');
    expect(lastDayOfMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(lastDayOfMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(lastDayOfMonths('2024-01-29', 1)).toBe('2024-02-28');
    expect(lastDayOfMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(lastDayOfMonths('2024-02-29', 48)).toBe('2028-02-28');
    expect(lastDayOfMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('round-trips days and keeps results valid', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -2000, max: 2000 }), (day, n) => {
        expect(isIsoDate(addDays(day, n))).toBe(true);
        expect(addDays(addDays(day, n), -n)).toBe(day);
      }),
    );
  });

  it('makes longer periods end no earlier, and every period end on or after its start', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 120 }), (day, months) => {
        const end = lastDayOfMonths(day, months);
        expect(isIsoDate(end)).toBe(true);
        expect(end >= day).toBe(true);
        expect(lastDayOfMonths(day, months + 1) > end).toBe(true);
        // A later start never ends the period earlier.
        expect(lastDayOfMonths(addDays(day, 1), months) >= end).toBe(true);
      }),
    );
  });
});
