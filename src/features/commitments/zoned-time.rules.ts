import { wallClockAsUtc } from '../../platform/format';

/*
 * Wall-clock arithmetic in an IANA time zone with Intl alone (platform/format's `wallClock`), so
 * the rules need no library and stay correct in zones with daylight saving (China has none, but
 * a tenant may be elsewhere).
 */

/**
 * Zone offsets (wall − UTC, ms) by zone and quarter hour. Every offset change in the zone
 * database falls on a quarter hour of UTC, so one offset holds for a whole quarter hour; the
 * clock arithmetic asks for the same few hours over and over, and formatToParts is slow.
 */
const offsets = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

/** The wall clock of an instant in a zone, as if it were UTC (ms). */
function wallClock(epochMs: number, timeZone: string): number {
  const quarter = Math.floor(epochMs / QUARTER_HOUR);
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = quarter * QUARTER_HOUR;
    offset = wallClockAsUtc(start, timeZone) - start;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return epochMs + offset;
}

/** YYYY-MM-DD of an instant in a zone. */
export function dayIn(epochMs: number, timeZone: string): string {
  return new Date(wallClock(epochMs, timeZone)).toISOString().slice(0, 10);
}

/** The instant at `minute` minutes after local midnight of `day` (YYYY-MM-DD) in a zone. */
export function instantAt(day: string, minute: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, 0, minute);
  // Two passes settle the offset, also next to a daylight-saving change.
  const guess = wall - (wallClock(wall, timeZone) - wall);
  return wall - (wallClock(guess, timeZone) - guess);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function nextDay(day: string, days = 1): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Throws for a zone name Intl does not know, before any arithmetic depends on it. */
export function assertTimeZone(timeZone: string): void {
  wallClockAsUtc(0, timeZone);
}
