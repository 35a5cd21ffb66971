const DAY = 86_400_000;

export type ChaseState = 'none' | 'upcoming' | 'due' | 'overdue';

/**
 * How the next chase reads in a list: nothing planned, coming up, due now (the clerk has been
 * told), or overdue (a day past due: the manager has been told). The server says when it is
 * overdue; the browser only tells "due" from "upcoming" by its own clock.
 */
export function chaseState(
  nextChaseAt: string | null,
  isOverdue: boolean,
  now: number = Date.now(),
): ChaseState {
  if (isOverdue) return 'overdue';
  if (!nextChaseAt) return 'none';
  return Date.parse(nextChaseAt) <= now ? 'due' : 'upcoming';
}

/** Whole days from now until `iso` (negative when past), counted by the local calendar. */
export function daysUntil(iso: string, now: number = Date.now()): number {
  const start = (ms: number) => {
    const d = new Date(ms);
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  };
  const target = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00`) : Date.parse(iso);
  return Math.round((start(target) - start(now)) / DAY);
}

/** An expected return date that has passed while the item is still out. */
export function isExpectedLate(
  expectedReturnOn: string | null,
  isBack: boolean,
  now: number = Date.now(),
): boolean {
  return !!expectedReturnOn && !isBack && daysUntil(expectedReturnOn, now) < 0;
}
