import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessMinutesBetween, businessSchedule } from '../commitments/business-time.rules';
import { CHINA_HOLIDAYS } from '../commitments/china-holidays';
import { DEFAULT_BUSINESS_HOURS } from '../commitments/default-commitments';
import { planClock, resumeClock } from './sla-clock.rules';

const schedule = businessSchedule(
  DEFAULT_BUSINESS_HOURS,
  CHINA_HOLIDAYS.flatMap((y) => y.days),
  'Asia/Shanghai',
);
const MINUTE = 60_000;
const FROM = Date.parse('2025-12-25T00:00:00+08:00') / MINUTE;
const TO = Date.parse('2027-11-30T00:00:00+08:00') / MINUTE;
const instant = fc.integer({ min: FROM, max: TO }).map((m) => new Date(m * MINUTE));
const limit = fc.integer({ min: 1, max: 5 * 450 });
const percent = fc.integer({ min: 0, max: 100 });
/** Minutes into the clock's life when it is paused, and how long the pause lasts (wall time). */
const offset = fc.integer({ min: 0, max: 10 * 24 * 60 });
const between = (a: Date, b: Date) => businessMinutesBetween(schedule, a, b);
const later = (t: Date, minutes: number) => new Date(t.getTime() + minutes * MINUTE);

/** A clock started at `from`, paused `pauseAfter` minutes later, resumed `pauseFor` after that. */
const scenario = fc.record({
  from: instant,
  limitMinutes: limit,
  warnPercent: percent,
  pauseAfter: offset,
  pauseFor: offset,
});

describe('service clock properties', () => {
  it('warns no later than the deadline', () => {
    fc.assert(
      fc.property(instant, limit, percent, (from, minutes, share) => {
        const clock = planClock(schedule, from, minutes, share);
        expect(clock.warnAt.getTime()).toBeLessThanOrEqual(clock.dueAt.getTime());
      }),
    );
  });

  it('pause and resume never shorten the business minutes left', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const clock = planClock(schedule, s.from, s.limitMinutes, s.warnPercent);
        const pausedAt = later(s.from, s.pauseAfter);
        const now = later(pausedAt, s.pauseFor);
        const resumed = resumeClock(schedule, { ...clock, pausedAt }, now);
        const leftAtPause = Math.max(0, between(pausedAt, clock.dueAt));
        expect(Math.max(0, between(now, resumed.dueAt))).toBeGreaterThanOrEqual(leftAtPause);
        expect(resumed.warnAt.getTime()).toBeLessThanOrEqual(resumed.dueAt.getTime());
      }),
    );
  });

  it('moves a deadline still ahead by exactly the business time paused', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const clock = planClock(schedule, s.from, s.limitMinutes, s.warnPercent);
        const pausedAt = later(s.from, s.pauseAfter);
        fc.pre(between(pausedAt, clock.dueAt) > 0);
        const now = later(pausedAt, s.pauseFor);
        const resumed = resumeClock(schedule, { ...clock, pausedAt }, now);
        expect(between(clock.dueAt, resumed.dueAt)).toBe(between(pausedAt, now));
        expect(resumed.pausedMinutes).toBe(Math.round(between(pausedAt, now)));
      }),
    );
  });

  it('a pause of zero time changes nothing', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const clock = planClock(schedule, s.from, s.limitMinutes, s.warnPercent);
        const pausedAt = later(s.from, s.pauseAfter);
        const resumed = resumeClock(schedule, { ...clock, pausedAt }, pausedAt);
        expect(resumed.dueAt.toISOString()).toBe(clock.dueAt.toISOString());
        expect(resumed.warnAt.toISOString()).toBe(clock.warnAt.toISOString());
        expect(resumed.pausedMinutes).toBe(0);
      }),
    );
  });

  it('never moves a deadline earlier', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const clock = planClock(schedule, s.from, s.limitMinutes, s.warnPercent);
        const pausedAt = later(s.from, s.pauseAfter);
        const resumed = resumeClock(schedule, { ...clock, pausedAt }, later(pausedAt, s.pauseFor));
        expect(resumed.dueAt.getTime()).toBeGreaterThanOrEqual(clock.dueAt.getTime());
        expect(resumed.warnAt.getTime()).toBeGreaterThanOrEqual(clock.warnAt.getTime());
      }),
    );
  });
});
