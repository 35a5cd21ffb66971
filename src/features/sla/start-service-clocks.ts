import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { limitFor } from '../commitments';
import { customers } from '../customers/customers.table';
import type { ClockContext, ClockSubject } from './clock-context';
import { armClocks } from './clock-jobs';
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
 * Starts the order's three clocks (response, on site, completion) counting from `from`, with
 * the limits of its urgency in the customer's zone, and arms their warnings and breaches. An
 * order's clocks start once: starting again (a replayed create) changes nothing. Returns the
 * clocks started now, as the order's detail shows them.
 */
export async function startServiceClocks(
  tx: Tx,
  ctx: ClockContext,
  subject: ClockSubject,
  from: Date,
): Promise<ServiceClockView[]> {
  const [customer] =
    subject.zone !== undefined
      ? [{ zone: subject.zone }]
      : await tx
          .select({ zone: customers.zone })
          .from(customers)
          .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, subject.customerId)));
  const rules = await loadClockRules(tx, ctx.tenantId, from, ctx.tenantTimezone);
  // No zone on file: limitFor falls back to the first zone of the commitments.
  const limit = limitFor(rules.content, subject.urgency, customer?.zone ?? '');
  const started = await tx
    .insert(slaTimers)
    .values(
      SLA_KINDS.map((kind) => {
        const limitMinutes = limit[LIMIT_FIELD[kind]];
        return {
          tenantId: ctx.tenantId,
          workOrderId: subject.workOrderId,
          subjectLabel: subject.number,
          kind,
          state: 'running' as const,
          limitMinutes,
          startedAt: from,
          ...planClock(rules.schedule, from, limitMinutes, rules.warnPercent),
        };
      }),
    )
    .onConflictDoNothing()
    .returning();
  // Timers made just now: no pending job can hold their keys yet.
  await armClocks(tx, started, { fresh: true });
  const now = ctx.clock.now();
  return started
    .sort((a, b) => SLA_KINDS.indexOf(a.kind) - SLA_KINDS.indexOf(b.kind))
    .map((timer) => toClockView(timer, now));
}
