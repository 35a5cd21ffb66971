import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesUntil, shanghaiMidnight, workdayAnchor } from './workday-anchor.rules';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('workdayAnchor', () => {
  it('is the real time during the working day', () => {
    expect(iso(workdayAnchor(at('2026-11-27T02:00:00Z')))).toBe('2026-11-27T02:00:00.000Z');
  });

  it('is 17:30 of the same day in the evening, and of the day before early in the morning', () => {
    // 22:54 in 银川 → 17:30 that day; 03:00 and 08:59 → 17:30 the day before.
    expect(iso(workdayAnchor(at('2026-11-28T14:54:00Z')))).toBe('2026-11-28T09:30:00.000Z');
    expect(iso(workdayAnchor(at('2026-11-28T19:00:00Z')))).toBe('2026-11-28T09:30:00.000Z');
    expect(iso(workdayAnchor(at('2026-11-29T00:59:00Z')))).toBe('2026-11-28T09:30:00.000Z');
    expect(iso(workdayAnchor(at('2026-11-29T01:00:00Z')))).toBe('2026-11-29T01:00:00.000Z');
  });

  it('is never after now, and always falls between 09:00 and 17:30 local', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2035-01-01T00:00:00Z') }),
        (now) => {
          const anchor = workdayAnchor(now);
          expect(anchor).toBeLessThanOrEqual(now);
          expect(now - anchor).toBeLessThan(16 * 3_600_000);
          const local = (anchor - shanghaiMidnight(anchor)) / 60_000;
          expect(local).toBeGreaterThanOrEqual(9 * 60);
          expect(local).toBeLessThanOrEqual(17 * 60 + 30);
        },
      ),
    );
  });
});

describe('minutesUntil', () => {
  it('counts to a local time on the anchor’s day or a later one', () => {
    const tenAm = at('2026-11-27T02:00:00Z');
    expect(minutesUntil(tenAm, 0, '16:00')).toBe(360);
    expect(minutesUntil(tenAm, 1, '09:30')).toBe(24 * 60 - 30);
  });
});
