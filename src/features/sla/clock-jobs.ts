import { cancelJobs, enqueueJobs, type NewJob } from '../../platform/jobs';
import type { Tx } from '../../platform/db';
import type { slaTimers } from './sla-timers.table';

export type SlaTimer = typeof slaTimers.$inferSelect;

export const SLA_WARN_JOB = 'sla.warn';
export const SLA_BREACH_JOB = 'sla.breach';

/** What a clock job carries: the timer, and the instant it was armed for. */
export interface ClockJobPayload {
  timerId: string;
  /** The warnAt or dueAt (ISO) when the job was enqueued; a moved clock no longer matches. */
  at: string;
}

const keyOf = (timerId: string, event: 'warn' | 'breach') => `sla:${timerId}:${event}`;

type ArmedTimer = Pick<SlaTimer, 'id' | 'tenantId' | 'warnAt' | 'dueAt'> &
  Partial<Pick<SlaTimer, 'warnedAt' | 'breachedAt'>>;

/** The clocks' warnings and breaches, each unless it has fired already. */
export function clockJobsOf(timers: readonly ArmedTimer[]): NewJob[] {
  const job = (timer: ArmedTimer, kind: string, event: 'warn' | 'breach', runAt: Date) => ({
    tenantId: timer.tenantId,
    kind,
    runAt,
    payload: { timerId: timer.id, at: runAt.toISOString() } satisfies ClockJobPayload,
    key: keyOf(timer.id, event),
  });
  return timers.flatMap((timer) => [
    ...(timer.warnedAt ? [] : [job(timer, SLA_WARN_JOB, 'warn', timer.warnAt)]),
    ...(timer.breachedAt ? [] : [job(timer, SLA_BREACH_JOB, 'breach', timer.dueAt)]),
  ]);
}

/**
 * Enqueues the clocks' warnings and breaches in one go. A key holds at most one pending job,
 * so arming again replaces the old ones.
 */
export async function armClocks(tx: Tx, timers: readonly SlaTimer[]): Promise<void> {
  await enqueueJobs(tx, clockJobsOf(timers));
}

/** Cancels the clock's pending warning and breach (met, paused or stopped). */
export async function disarmClock(tx: Tx, timer: Pick<SlaTimer, 'id' | 'tenantId'>) {
  await cancelJobs(tx, timer.tenantId, [keyOf(timer.id, 'warn'), keyOf(timer.id, 'breach')]);
}
