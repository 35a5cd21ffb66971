import { describe, expect, it } from 'vitest';
import { businessSchedule } from '../commitments/business-time.rules';
import { CHINA_HOLIDAYS } from '../commitments/china-holidays';
import { DEFAULT_BUSINESS_HOURS } from '../commitments/default-commitments';
import {
  type ClockFacts,
  isBreached,
  openClockState,
  planClock,
  remainingMinutes,
  resumeClock,
  warnOffsetMinutes,
} from './sla-clock.rules';

// Mon–Fri 08:30–12:00 and 13:30–17:30 in Shanghai, with the shipped holidays.
const schedule = businessSchedule(
  DEFAULT_BUSINESS_HOURS,
  CHINA_HOLIDAYS.flatMap((y) => y.days),
  'Asia/Shanghai',
);
const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date) => d.toISOString();

describe('warnOffsetMinutes', () => {
  it('takes the warn share of the limit in whole minutes, within the limit', () => {
    expect(warnOffsetMinutes(30, 80)).toBe(24);
    expect(warnOffsetMinutes(10, 75)).toBe(7);
    expect(warnOffsetMinutes(100, 150)).toBe(100);
    expect(warnOffsetMinutes(100, -5)).toBe(0);
  });
});

describe('planClock', () => {
  const tuesday = at('2026-12-01T09:00:00');
  it('counts the response limit within the morning', () => {
    const clock = planClock(schedule, tuesday, 30, 80);
    expect(iso(clock.warnAt)).toBe(iso(at('2026-12-01T09:24:00')));
    expect(iso(clock.dueAt)).toBe(iso(at('2026-12-01T09:30:00')));
  });
  it('skips the lunch break', () => {
    const clock = planClock(schedule, tuesday, 240, 80);
    expect(iso(clock.warnAt)).toBe(iso(at('2026-12-01T13:42:00')));
    expect(iso(clock.dueAt)).toBe(iso(at('2026-12-01T14:30:00')));
  });
  it('carries over the evening into the next business days', () => {
    const clock = planClock(schedule, tuesday, 900, 80);
    expect(iso(clock.warnAt)).toBe(iso(at('2026-12-02T15:00:00')));
    expect(iso(clock.dueAt)).toBe(iso(at('2026-12-03T09:00:00')));
  });
  it('starts a weekend order at Monday’s opening', () => {
    const clock = planClock(schedule, at('2026-11-28T10:00:00'), 30, 80);
    expect(iso(clock.warnAt)).toBe(iso(at('2026-11-30T08:54:00')));
    expect(iso(clock.dueAt)).toBe(iso(at('2026-11-30T09:00:00')));
  });
});

describe('resumeClock', () => {
  const clock = {
    warnAt: at('2026-12-01T09:24:00'),
    dueAt: at('2026-12-01T09:30:00'),
    pausedAt: at('2026-12-01T09:10:00'),
  };
  it('gives back the minutes left at the pause, from the resumption', () => {
    // Thirty days later, across the New Year holiday's eve: 20 minutes left, 14 to the warning.
    const resumed = resumeClock(schedule, clock, at('2026-12-31T10:00:00'));
    expect(iso(resumed.dueAt)).toBe(iso(at('2026-12-31T10:20:00')));
    expect(iso(resumed.warnAt)).toBe(iso(at('2026-12-31T10:14:00')));
    // Dec 1 from 09:10: 410; 21 full days of 450; Dec 31 to 10:00: 90.
    expect(resumed.pausedMinutes).toBe(410 + 21 * 450 + 90);
  });
  it('skips a holiday when the minutes left run past the day', () => {
    const resumed = resumeClock(schedule, clock, at('2026-12-31T17:20:00'));
    expect(iso(resumed.dueAt)).toBe(iso(at('2027-01-04T08:40:00')));
  });
  it('keeps an instant that had passed at the pause', () => {
    const late = { ...clock, pausedAt: at('2026-12-01T09:45:00') };
    const resumed = resumeClock(schedule, late, at('2026-12-02T09:00:00'));
    expect(iso(resumed.dueAt)).toBe(iso(late.dueAt));
    expect(iso(resumed.warnAt)).toBe(iso(late.warnAt));
  });
  it('moves nothing for a pause over the weekend', () => {
    const friday = planClock(schedule, at('2026-12-04T17:00:00'), 240, 80);
    const paused = { ...friday, pausedAt: at('2026-12-04T18:00:00') };
    const resumed = resumeClock(schedule, paused, at('2026-12-06T20:00:00'));
    expect(iso(resumed.dueAt)).toBe(iso(friday.dueAt));
    expect(resumed.pausedMinutes).toBe(0);
  });
});

describe('isBreached, openClockState and remainingMinutes', () => {
  const base: ClockFacts = {
    state: 'running',
    warnAt: at('2026-12-01T09:24:00'),
    dueAt: at('2026-12-01T09:30:00'),
    warnedAt: null,
    breachedAt: null,
    metAt: null,
    pausedAt: null,
  };
  it('shows a running clock by the time', () => {
    expect(openClockState(base, at('2026-12-01T09:10:00'))).toBe('running');
    expect(openClockState(base, at('2026-12-01T09:24:00'))).toBe('warned');
    expect(openClockState(base, at('2026-12-01T09:30:00'))).toBe('warned');
    expect(openClockState(base, at('2026-12-01T09:31:00'))).toBe('breached');
  });
  it('trusts the flags the jobs set', () => {
    const now = at('2026-12-01T09:00:00');
    expect(openClockState({ ...base, warnedAt: now }, now)).toBe('warned');
    expect(openClockState({ ...base, breachedAt: now }, now)).toBe('breached');
  });
  it('shows a paused clock as paused, breached only if paused after its deadline', () => {
    const paused = { ...base, state: 'paused' as const, pausedAt: at('2026-12-01T09:10:00') };
    const later = at('2026-12-09T09:00:00');
    expect(openClockState(paused, later)).toBe('paused');
    expect(isBreached(paused, later)).toBe(false);
    expect(isBreached({ ...paused, pausedAt: at('2026-12-01T09:40:00') }, later)).toBe(true);
  });
  it('judges a met clock by when it was met', () => {
    const onTime = { ...base, state: 'met' as const, metAt: base.dueAt };
    expect(isBreached(onTime, at('2027-01-01T00:00:00'))).toBe(false);
    expect(isBreached({ ...onTime, metAt: at('2026-12-01T09:31:00') }, onTime.metAt)).toBe(true);
  });
  it('counts the business minutes left, negative when late, from the pause when paused', () => {
    expect(remainingMinutes(schedule, base, at('2026-12-01T09:10:00'))).toBe(20);
    expect(remainingMinutes(schedule, base, at('2026-12-01T13:40:00'))).toBe(-160);
    const paused = { ...base, state: 'paused' as const, pausedAt: at('2026-12-01T09:10:00') };
    expect(remainingMinutes(schedule, paused, at('2026-12-20T09:00:00'))).toBe(20);
  });
});
