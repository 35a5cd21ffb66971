import { cancelJob, enqueueJob } from '../../platform/jobs';
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

/**
 * Enqueues the clock's warning and breach, each unless it has fired already. A key holds at
 * most one pending job, so arming again replaces the old ones.
 */
export async function armClock(tx: Tx, timer: SlaTimer): Promise<void> {
  const arm = (kind: string, event: 'warn' | 'breach', runAt: Date) =>
    enqueueJob(tx, {
      tenantId: timer.tenantId,
      kind,
      runAt,
      payload: { timerId: timer.id, at: runAt.toISOString() } satisfies ClockJobPayload,
      key: keyOf(timer.id, event),
    });
  if (!timer.warnedAt) await arm(SLA_WARN_JOB, 'warn', timer.warnAt);
  if (!timer.breachedAt) await arm(SLA_BREACH_JOB, 'breach', timer.dueAt);
}

/** Cancels the clock's pending warning and breach (met, paused or stopped). */
export async function disarmClock(tx: Tx, timer: Pick<SlaTimer, 'id' | 'tenantId'>) {
  await cancelJob(tx, timer.tenantId, keyOf(timer.id, 'warn'));
  await cancelJob(tx, timer.tenantId, keyOf(timer.id, 'breach'));
}
