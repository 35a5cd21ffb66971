const DAY_MS = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD plus whole days (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The 14-day rule, first half: the expected return is late when it falls more than the
 * notice days after the local day the item was taken (taken 11-28, 14 days: 12-12 is in time,
 * 12-13 is late), so the customer is told at once.
 */
export function isExpectedReturnLate(
  takenOn: string,
  expectedReturnOn: string,
  noticeDays: number,
): boolean {
  return expectedReturnOn > addDays(takenOn, noticeDays);
}

/** The 14-day rule, second half: when "not back in N days" falls due, counted from take-back. */
export function overdueNoticeAt(takenAt: Date, noticeDays: number): Date {
  return new Date(takenAt.getTime() + noticeDays * DAY_MS);
}
