import { type ClockStyle, zoneFormatter } from './zone-formatter';

const seconds: ClockStyle = {
  locale: 'en-US',
  options: {
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  },
};

/**
 * An instant as a zone's wall clock reads it, DST-aware, to the second: `Date.UTC(year,
 * month - 1, …)` of these fields is that wall-clock time carried as if it were UTC.
 */
export function wallClock(instant: Date | number, timeZone: string) {
  const parts = zoneFormatter(seconds, timeZone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** The wall-clock fields as a UTC instant (ms): what `Date.UTC` makes of them. */
export function wallClockAsUtc(instant: Date | number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}
