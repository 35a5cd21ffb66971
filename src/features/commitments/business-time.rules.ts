import {
  type BusinessHours,
  minutesOfDay,
  WEEKDAYS,
  type Weekday,
} from './commitments-content.schemas';
import { dayIn, instantAt, isoWeekday, nextDay } from './zoned-time.rules';

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
/** A public holiday closes the day; a 调休 make-up workday opens it (even a Saturday). */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** When the company works: the weekly hours, the days that break them, and where the clock is. */
export interface BusinessSchedule {
  timeZone: string;
  hours: BusinessHours;
  /** Overrides by YYYY-MM-DD. */
  days: ReadonlyMap<string, CalendarDayKind>;
}

export function businessSchedule(
  hours: BusinessHours,
  calendarDays: readonly { day: string; kind: CalendarDayKind }[],
  timeZone: string,
): BusinessSchedule {
  return { timeZone, hours, days: new Map(calendarDays.map((d) => [d.day, d.kind])) };
}

const MINUTE = 60_000;
/** Ten years: a schedule with no open hours that far ahead is a broken one. */
const MAX_DAYS = 3660;

/** A 调休 workday keeps the hours of an ordinary weekday: the first of Mon–Fri that opens. */
function makeUpDayHours(hours: BusinessHours) {
  const weekday = WEEKDAYS.slice(0, 5).find((d) => hours[d].length > 0);
  return weekday ? hours[weekday] : [];
}

const cache = new WeakMap<BusinessSchedule, Map<string, Array<[number, number]>>>();

/** The day's open intervals as [start, end) instants (ms), in order. */
function openIntervals(s: BusinessSchedule, day: string): Array<[number, number]> {
  let byDay = cache.get(s);
  if (!byDay) cache.set(s, (byDay = new Map()));
  const known = byDay.get(day);
  if (known) return known;
  const kind = s.days.get(day);
  const hours =
    kind === 'holiday'
      ? []
      : kind === 'workday'
        ? makeUpDayHours(s.hours)
        : s.hours[WEEKDAYS[isoWeekday(day) - 1] as Weekday];
  const intervals = hours.map((i): [number, number] => [
    instantAt(day, minutesOfDay(i.start), s.timeZone),
    instantAt(day, minutesOfDay(i.end), s.timeZone),
  ]);
  byDay.set(day, intervals);
  return intervals;
}

/**
 * The instant when `minutes` business minutes have passed since `start`. A start outside the
 * hours counts from the next opening; a deadline that uses up an interval exactly is its close
 * (12:00, not 13:30). Zero minutes is `start` itself.
 */
export function addBusinessMinutes(s: BusinessSchedule, start: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`bad minutes: ${minutes}`);
  const t = start.getTime();
  if (minutes === 0) return new Date(t);
  let remaining = minutes * MINUTE;
  let day = dayIn(t, s.timeZone);
  for (let n = 0; n < MAX_DAYS; n += 1, day = nextDay(day)) {
    for (const [open, close] of openIntervals(s, day)) {
      if (close <= t) continue;
      const from = Math.max(open, t);
      if (from + remaining <= close) return new Date(from + remaining);
      remaining -= close - from;
    }
  }
  throw new RangeError('no business hours within ten years');
}

/** Business minutes from a to b (negative when b is earlier); fractions of a minute kept. */
export function businessMinutesBetween(s: BusinessSchedule, a: Date, b: Date): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to < from) return -businessMinutesBetween(s, b, a);
  const lastDay = dayIn(to, s.timeZone);
  let total = 0;
  for (let day = dayIn(from, s.timeZone); day <= lastDay; day = nextDay(day)) {
    for (const [open, close] of openIntervals(s, day)) {
      const overlap = Math.min(close, to) - Math.max(open, from);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE;
}

/** Whether the company is open at t (an interval includes its opening, not its close). */
export function isBusinessTime(s: BusinessSchedule, t: Date): boolean {
  const at = t.getTime();
  return openIntervals(s, dayIn(at, s.timeZone)).some(([open, close]) => open <= at && at < close);
}

export function isBusinessDay(s: BusinessSchedule, day: string): boolean {
  return openIntervals(s, day).length > 0;
}

/** The `days`-th business day after `day` (YYYY-MM-DD); 0 is the day itself. For cadences. */
export function addBusinessDays(s: BusinessSchedule, day: string, days: number): string {
  let current = day;
  for (let left = days, n = 0; left > 0; n += 1) {
    if (n > MAX_DAYS) throw new RangeError('no business days within ten years');
    current = nextDay(current);
    if (isBusinessDay(s, current)) left -= 1;
  }
  return current;
}
