const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Asia/Shanghai keeps +08:00 all year (no daylight saving). */
const SHANGHAI_OFFSET = 8 * 60 * MINUTE;
const EVENING = (17 * 60 + 30) * MINUTE;
const MORNING = 9 * 60 * MINUTE;

/** The instant of local midnight (Asia/Shanghai) that begins the day holding `ms`. */
export function shanghaiMidnight(ms: number): number {
  return ms - ((((ms + SHANGHAI_OFFSET) % DAY) + DAY) % DAY);
}

/**
 * The "now" of the demo's working day, never after the real now: the real time between 09:00
 * and 17:30, 17:30 when the demo is made later in the evening, and the day before's 17:30 before
 * 09:00 — so a demo made at night shows a day's work at working hours.
 */
export function workdayAnchor(nowMs: number): number {
  const midnight = shanghaiMidnight(nowMs);
  const sinceMidnight = nowMs - midnight;
  if (sinceMidnight > EVENING) return midnight + EVENING;
  if (sinceMidnight < MORNING) return midnight - DAY + EVENING;
  return nowMs;
}

/** Minutes from `anchorMs` to a local time (`hh:mm`) `days` after the anchor's day. */
export function minutesUntil(anchorMs: number, days: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const at = shanghaiMidnight(anchorMs) + days * DAY + (h * 60 + m) * MINUTE;
  return Math.round((at - anchorMs) / MINUTE);
}
