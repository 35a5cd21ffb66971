import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  businessSchedule,
  isBusinessTime,
} from './business-time.rules';
import { CHINA_HOLIDAYS } from './china-holidays';
import { DEFAULT_BUSINESS_HOURS } from './default-commitments';

const schedule = businessSchedule(
  DEFAULT_BUSINESS_HOURS,
  CHINA_HOLIDAYS.flatMap((y) => y.days),
  'Asia/Shanghai',
);
const MINUTE = 60_000;
const FROM = Date.parse('2025-12-25T00:00:00+08:00') / MINUTE;
const TO = Date.parse('2027-12-31T00:00:00+08:00') / MINUTE;
/** Whole-minute instants over both shipped holiday years and their edges. */
const instant = fc.integer({ min: FROM, max: TO }).map((m) => new Date(m * MINUTE));
const minutes = fc.integer({ min: 0, max: 6000 });
const add = (t: Date, m: number) => addBusinessMinutes(schedule, t, m);

describe('business time properties', () => {
  it('is monotone in the minutes', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(add(t, lo).getTime()).toBeLessThanOrEqual(add(t, hi).getTime());
      }),
    );
  });
  it('adds up: add(add(t, a), b) = add(t, a + b)', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, (t, a, b) => {
        expect(add(add(t, a), b).toISOString()).toBe(add(t, a + b).toISOString());
      }),
    );
  });
  it('lands on a deadline that closes a business minute', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 6000 }), (t, m) => {
        const deadline = add(t, m);
        expect(isBusinessTime(schedule, new Date(deadline.getTime() - 1))).toBe(true);
        expect(deadline.getTime()).toBeGreaterThan(t.getTime());
      }),
    );
  });
  it('measures back exactly what it added', () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => {
        expect(businessMinutesBetween(schedule, t, add(t, m))).toBe(m);
      }),
    );
  });
  it('starts a business instant where it is', () => {
    fc.assert(
      fc.property(instant, (t) => {
        fc.pre(isBusinessTime(schedule, t));
        expect(businessMinutesBetween(schedule, t, add(t, 1))).toBe(1);
        expect(add(t, 1).getTime() - t.getTime()).toBe(MINUTE);
      }),
    );
  });
});
