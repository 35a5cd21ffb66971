import { and, eq } from 'drizzle-orm';
import { type Clock, systemClock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import type { Job, JobHandler } from '../../platform/jobs';
import { recordAuditEvent, systemActor } from '../audit';
import { notify } from '../notifications';
import { type ClockJobPayload, SLA_BREACH_JOB, SLA_WARN_JOB } from './clock-jobs';
import { updateClock } from './lock-clocks';
import { slaTimers } from './sla-timers.table';

type ClockEvent = 'warning' | 'breach';

/**
 * Fires a clock's warning or breach, once: only while the clock still runs, still has the
 * instant the job was armed for (a pause or a new deadline re-arms it) and has not fired it.
 * The job is marked done in this same transaction, so a restart or a second runner cannot
 * fire it again.
 */
async function fireClockEvent(tx: Tx, job: Job, event: ClockEvent, clock: Clock): Promise<void> {
  const payload = job.payload as unknown as ClockJobPayload;
  const [timer] = await tx
    .select()
    .from(slaTimers)
    .where(and(eq(slaTimers.tenantId, job.tenantId), eq(slaTimers.id, payload.timerId)))
    // The runner has already marked the job done (a row a transition may want to cancel), so
    // waiting here for a transition holding the clock could deadlock: fail now, retry later.
    .for('update', { noWait: true });
  if (!timer || timer.state !== 'running') return;
  const armedFor = event === 'warning' ? timer.warnAt : timer.dueAt;
  const fired = event === 'warning' ? timer.warnedAt : timer.breachedAt;
  if (fired || armedFor.toISOString() !== payload.at) return;
  const now = clock.now();
  await updateClock(tx, timer, event === 'warning' ? { warnedAt: now } : { breachedAt: now });
  const name = event === 'warning' ? 'sla.warning' : 'sla.breached';
  await recordAuditEvent(
    tx,
    systemActor(timer.tenantId, 'SLA'),
    {
      action: name,
      objectType: 'slaTimer',
      objectId: timer.id,
      after: {
        workOrderId: timer.workOrderId,
        number: timer.subjectLabel,
        kind: timer.kind,
        dueAt: timer.dueAt.toISOString(),
      },
    },
    clock,
  );
  await notify(tx, timer.tenantId, clock, {
    event: name,
    params: { number: timer.subjectLabel, kind: timer.kind, dueAt: timer.dueAt.toISOString() },
    to: { roles: ['dispatcher', 'service_manager'] },
    link: `/work-orders/${timer.workOrderId}`,
  });
}

/**
 * The jobs that fire warnings and breaches (`sla.warn`, `sla.breach`). `clock` stamps when a
 * clock warned or breached; the server passes its own, tests a manual one.
 */
export function slaJobHandlers(clock: Clock = systemClock): JobHandler[] {
  return [
    { kind: SLA_WARN_JOB, inTransaction: (tx, job) => fireClockEvent(tx, job, 'warning', clock) },
    { kind: SLA_BREACH_JOB, inTransaction: (tx, job) => fireClockEvent(tx, job, 'breach', clock) },
  ];
}
