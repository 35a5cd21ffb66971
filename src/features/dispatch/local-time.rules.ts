/** Offset of a time zone at an instant, in minutes (Asia/Shanghai: +480). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant at `minutes` after local midnight of `day` (YYYY-MM-DD) in a time zone. */
export function instantAt(day: string, minutes: number, timeZone: string): Date {
  const naive = Date.parse(`${day}T00:00:00Z`) + Math.round(minutes * 60_000);
  // The offset at the naive instant may be the wrong side of a daylight-saving change: take
  // the offset again at the first guess.
  const guess = naive - offsetMinutes(naive, timeZone) * 60_000;
  return new Date(naive - offsetMinutes(guess, timeZone) * 60_000);
}

/** Minutes after local midnight of `day` for an instant (negative before, over 1440 after). */
export function minutesInto(day: string, instant: Date, timeZone: string): number {
  return (instant.getTime() - instantAt(day, 0, timeZone).getTime()) / 60_000;
}
