import type { WorkOrderDetail, WorkOrderListItem } from '../../../work-orders/work-order.schemas';
import type { WorkOrderStatus } from '../../../work-orders/work-order.states';

/** A job in the lists: a list item, with the window and address once its detail is known. */
export type JobRow = WorkOrderListItem & Partial<Pick<WorkOrderDetail, 'window' | 'address'>>;

/** Under way now: these are today's whatever the plan said. */
export const UNDER_WAY: readonly WorkOrderStatus[] = [
  'en_route',
  'on_site',
  'confirmed',
  'awaiting_approval',
  'replacement_advised',
  'resolved',
];

/** Every status in which the job is still the technician's to carry on. */
export const OPEN_FOR_TECHNICIAN: readonly WorkOrderStatus[] = [
  'assigned',
  'scheduled',
  ...UNDER_WAY,
  'awaiting_revisit',
];

/**
 * When the visit starts: the window agreed with the customer, else the day plan's placement,
 * else the preferred window (the same rule as the list's `day` filter on the server).
 */
export const visitStartOf = (job: JobRow): string | null =>
  (job.window?.agreed ? job.window.start : null) ?? job.plannedStart ?? job.window?.start ?? null;

const inRouteOrder = (a: JobRow, b: JobRow) => {
  const sa = visitStartOf(a);
  const sb = visitStartOf(b);
  if (sa !== sb) {
    if (sa === null) return 1;
    if (sb === null) return -1;
    return Date.parse(sa) - Date.parse(sb);
  }
  const ra = a.routeSequence ?? Number.MAX_SAFE_INTEGER;
  const rb = b.routeSequence ?? Number.MAX_SAFE_INTEGER;
  return ra - rb || Date.parse(a.createdAt) - Date.parse(b.createdAt);
};

/**
 * Today's jobs in route order — those under way, and those planned or agreed for today or
 * earlier (overdue visits stay in front of the technician) — and the rest for later.
 * `dayOf` turns an instant into the phone's local YYYY-MM-DD.
 */
export function splitJobs(
  jobs: readonly JobRow[],
  today: string,
  dayOf: (iso: string) => string,
): { today: JobRow[]; later: JobRow[] } {
  const isToday = (job: JobRow) => {
    if (UNDER_WAY.includes(job.status)) return true;
    const start = visitStartOf(job);
    return start !== null && dayOf(start) <= today;
  };
  return {
    today: jobs.filter(isToday).sort(inRouteOrder),
    later: jobs.filter((job) => !isToday(job)).sort(inRouteOrder),
  };
}
