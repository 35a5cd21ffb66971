import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
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
/** Beijing wall-clock time. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
const add = (local: string, minutes: number) =>
  addBusinessMinutes(schedule, at(local), minutes).toISOString();
const iso = (local: string) => at(local).toISOString();

describe('addBusinessMinutes on a plain week', () => {
  it('counts inside the morning and across the lunch break', () => {
    expect(add('2026-11-30 09:00', 60)).toBe(iso('2026-11-30 10:00'));
    expect(add('2026-11-30 11:30', 60)).toBe(iso('2026-11-30 14:00'));
  });
  it('ends at the close when a limit uses an interval up exactly', () => {
    expect(add('2026-11-30 11:00', 60)).toBe(iso('2026-11-30 12:00'));
    expect(add('2026-11-30 08:30', 450)).toBe(iso('2026-11-30 17:30'));
  });
  it('starts a request made outside the hours at the next opening', () => {
    expect(add('2026-11-30 07:00', 30)).toBe(iso('2026-11-30 09:00'));
    expect(add('2026-11-30 12:30', 30)).toBe(iso('2026-11-30 14:00'));
    expect(add('2026-11-30 17:30', 30)).toBe(iso('2026-12-01 09:00'));
    expect(add('2026-12-04 20:00', 30)).toBe(iso('2026-12-07 09:00'));
  });
  it('skips the weekend', () => {
    expect(add('2026-11-27 17:00', 60)).toBe(iso('2026-11-30 09:00'));
    expect(add('2026-11-28 10:00', 1)).toBe(iso('2026-11-30 08:31'));
  });
  it('crosses a month end and a year end into 元旦', () => {
    expect(add('2026-07-31 17:00', 450)).toBe(iso('2026-08-03 17:00'));
    expect(add('2026-12-31 17:00', 60)).toBe(iso('2027-01-04 09:00'));
  });
  it('returns the start for zero minutes and refuses negative ones', () => {
    expect(add('2026-11-28 10:00', 0)).toBe(iso('2026-11-28 10:00'));
    expect(() => add('2026-11-30 09:00', -1)).toThrow(RangeError);
  });
});

describe('holidays and 调休 make-up days (2026)', () => {
  it('closes the 国庆 week and opens the make-up Sunday and Saturday', () => {
    expect(add('2026-09-30 17:00', 60)).toBe(iso('2026-10-08 09:00'));
    expect(add('2026-09-19 10:00', 30)).toBe(iso('2026-09-20 09:00'));
    expect(add('2026-10-09 17:00', 60)).toBe(iso('2026-10-10 09:00'));
    expect(add('2026-10-10 17:00', 60)).toBe(iso('2026-10-12 09:00'));
  });
  it('closes 中秋 on a Friday', () => {
    expect(add('2026-09-24 17:00', 60)).toBe(iso('2026-09-28 09:00'));
  });
  it('spans 春节 with its make-up Saturdays', () => {
    expect(add('2026-02-13 17:00', 60)).toBe(iso('2026-02-14 09:00'));
    expect(add('2026-02-14 17:00', 60)).toBe(iso('2026-02-24 09:00'));
  });
  it('tells open from closed instants', () => {
    const open = (local: string) => isBusinessTime(schedule, at(local));
    expect(open('2026-11-30 08:30')).toBe(true);
    expect(open('2026-11-30 11:59')).toBe(true);
    expect(open('2026-11-30 12:00')).toBe(false);
    expect(open('2026-11-30 13:29')).toBe(false);
    expect(open('2026-11-28 10:00')).toBe(false);
    expect(open('2026-09-20 10:00')).toBe(true);
    expect(open('2026-10-01 10:00')).toBe(false);
  });
  it('measures business minutes across a make-up Sunday, both ways', () => {
    const between = (a: string, b: string) => businessMinutesBetween(schedule, at(a), at(b));
    expect(between('2026-09-18 08:30', '2026-09-21 08:30')).toBe(900);
    expect(between('2026-09-21 08:30', '2026-09-18 08:30')).toBe(-900);
    expect(between('2026-11-30 11:00', '2026-11-30 14:00')).toBe(90);
    expect(between('2026-10-01 00:00', '2026-10-08 00:00')).toBe(0);
  });
  it('steps business days for chase cadences', () => {
    expect(addBusinessDays(schedule, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addBusinessDays(schedule, '2026-10-08', 2)).toBe('2026-10-10');
    expect(addBusinessDays(schedule, '2026-11-27', 0)).toBe('2026-11-27');
  });
});

describe('other time zones', () => {
  it('keeps local opening hours across a daylight-saving change', () => {
    const berlin = businessSchedule(DEFAULT_BUSINESS_HOURS, [], 'Europe/Berlin');
    // Winter (+01:00) Friday close, summer (+02:00) Monday morning after the 29 March switch.
    const friday = new Date('2026-03-27T17:00:00+01:00');
    expect(addBusinessMinutes(berlin, friday, 60).toISOString()).toBe(
      new Date('2026-03-30T09:00:00+02:00').toISOString(),
    );
  });
});
