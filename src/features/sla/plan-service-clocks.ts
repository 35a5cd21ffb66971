import { randomUUID } from 'node:crypto';
import { insertNewJobs } from '../../platform/jobs';
import type { Tx } from '../../platform/db';
import { limitFor } from '../commitments';
import type { ClockContext, ClockSubject } from './clock-context';
import { clockJobsOf } from './clock-jobs';
import { toClockView } from './get-service-clocks';
import type { ServiceClockView } from './sla.schemas';
import { loadClockRules } from './load-clock-rules';
import { planClock } from './sla-clock.rules';
import { SLA_KINDS, type SlaKind, slaTimers } from './sla-timers.table';

const LIMIT_FIELD = {
  response: 'responseMinutes',
  onSite: 'onSiteMinutes',
  completion: 'completionMinutes',
} as const satisfies Record<SlaKind, string>;

/**
 * The order's three clocks (response, on site, completion) counting from `from`, with the
 * limits of its urgency in the customer's zone: their rows and their warnings' and breaches'
 * jobs, for `serviceClockWrites`, and the clocks as the detail shows them. An order's clocks
 * start once, when it is written: a second start is refused by the database (one clock of a
 * kind per order).
 */
export async function planServiceClocks(
  tx: Tx,
  ctx: ClockContext,
  subject: ClockSubject,
  from: Date,
) {
  const rules = await loadClockRules(tx, ctx.tenantId, from, ctx.tenantTimezone);
  // No zone on file: limitFor falls back to the first zone of the commitments.
  const limit = limitFor(rules.content, subject.urgency, subject.zone ?? '');
  const timers = SLA_KINDS.map((kind) => {
    const limitMinutes = limit[LIMIT_FIELD[kind]];
    return {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      workOrderId: subject.workOrderId,
      subjectLabel: subject.number,
      kind,
      state: 'running' as const,
      limitMinutes,
      startedAt: from,
      ...planClock(rules.schedule, from, limitMinutes, rules.warnPercent),
    };
  });
  const now = ctx.clock.now();
  const unfired = { warnedAt: null, breachedAt: null, metAt: null, pausedAt: null };
  return {
    timers,
    jobs: clockJobsOf(timers),
    clocks: timers.map((timer): ServiceClockView =>
      toClockView({ ...timer, ...unfired, pausedMinutes: 0 }, now),
    ),
  };
}

type PlannedClocks = Pick<Awaited<ReturnType<typeof planServiceClocks>>, 'timers' | 'jobs'>;

/**
 * The planned clocks' writes and their jobs', as CTEs for the statement that writes the order,
 * so all go in one round trip. The timers are new, so no pending job can hold their keys.
 */
export function serviceClockWrites(tx: Tx, planned: PlannedClocks) {
  return [
    tx.$with('armed').as(insertNewJobs(tx, planned.jobs)),
    tx
      .$with('clocks')
      .as(tx.insert(slaTimers).values(planned.timers).returning({ id: slaTimers.id })),
  ];
}
