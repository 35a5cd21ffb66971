/** Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so no time zone shifts them. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parts(iso: string): [number, number, number] {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Adds whole months; a day past the end of the target month clamps to its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return format(firstOfTarget);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The last day (inclusive) of a period of whole months that includes its first day: the day
 * before the same day `months` later. When that day does not exist (a start on 31 January, or
 * on 29 February for a year), the period runs to the end of the target month instead of
 * stopping short of it, so a one-month period from 31 January covers all of February.
 */
export function lastDayOfMonths(startsOn: string, months: number): string {
  const [y, m, d] = parts(startsOn);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = daysInMonth(target.getUTCFullYear(), target.getUTCMonth());
  return d > lastDay ? addMonths(startsOn, months) : addDays(addMonths(startsOn, months), -1);
}
