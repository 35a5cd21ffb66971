import { wallClockAsUtc } from '../../platform/format';
import type { Rng } from './bulk-random';

const DAY_MS = 86_400_000;

/** One business day of the plan, in the tenant's time zone. */
export interface DayPlan {
  /** YYYY-MM-DD, the day of the work-order number. */
  day: string;
  /** The UTC instant of local midnight. */
  startMs: number;
  /** The end of the window to place orders in: midnight, or now for today. */
  endMs: number;
  count: number;
}

/** The wall-clock offset of a zone at an instant (ms to add to UTC), DST-aware. */
function offsetMs(timeZone: string, atMs: number): number {
  return wallClockAsUtc(atMs, timeZone) - Math.floor(atMs / 1000) * 1000;
}

/**
 * Spreads `total` orders over the last `days` local days up to now: fewer at weekends, a
 * business that grew by a third over the year, and today only in proportion to its elapsed
 * hours. Rounding is cumulative, so the counts add up to exactly `total`.
 */
export function planDays(total: number, nowMs: number, timeZone: string, days = 365): DayPlan[] {
  const starts: { day: string; startMs: number; weekday: number; back: number }[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const at = nowMs - back * DAY_MS;
    const local = at + offsetMs(timeZone, at);
    const midnightLocal = Math.floor(local / DAY_MS) * DAY_MS;
    const startMs = midnightLocal - offsetMs(timeZone, midnightLocal - offsetMs(timeZone, at));
    const day = new Date(midnightLocal).toISOString().slice(0, 10);
    starts.push({ day, startMs, weekday: new Date(midnightLocal).getUTCDay(), back });
  }
  // A day ends where the next begins (23 or 25 hours across a daylight-saving change); today at now.
  const plans = starts.map(({ day, startMs, weekday, back }, i) => {
    const endMs = back === 0 ? nowMs : starts[i + 1]!.startMs;
    const weight =
      (weekday === 0 ? 0.35 : weekday === 6 ? 0.45 : 1) *
      (0.75 + 0.25 * (1 - back / days)) *
      ((endMs - startMs) / DAY_MS);
    return { day, startMs, endMs, count: 0, weight };
  });
  const sum = plans.reduce((s, p) => s + p.weight, 0);
  let acc = 0;
  let given = 0;
  for (const p of plans) {
    acc += (p.weight / sum) * total;
    p.count = Math.round(acc) - given;
    given += p.count;
  }
  return plans.map(({ weight: _w, ...p }) => p);
}

/**
 * Sorted call times within a day: most during office hours (08:00–18:00 local), the rest at
 * any hour, none after the window's end (today stops at now).
 */
export function timesInDay(plan: DayPlan, rng: Rng): number[] {
  const span = plan.endMs - plan.startMs;
  const times: number[] = [];
  for (let i = 0; i < plan.count; i++) {
    let t = rng() < 0.9 ? 8 * 3_600_000 + rng() * 10 * 3_600_000 : rng() * DAY_MS;
    if (t >= span - 60_000) t = rng() * Math.max(span - 60_000, 1);
    times.push(plan.startMs + Math.floor(t));
  }
  return times.sort((a, b) => a - b);
}
