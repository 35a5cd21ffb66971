import type { Tx } from '../../platform/db';
import type { ClockContext } from './clock-context';
import { disarmClock } from './clock-jobs';
import { loadClockRules } from './load-clock-rules';
import { lockClocks, updateClock } from './lock-clocks';
import { resumeClock } from './sla-clock.rules';
import { SLA_KINDS, type SlaKind } from './sla-timers.table';

/**
 * The clock's event happened now (customer contacted; arrived; completed): it stops, met, and
 * its pending warning and breach are cancelled. Completing meets any clock still open (a job
 * closed over the phone was also responded to). Meeting a met or stopped clock does nothing.
 */
export async function meetServiceClock(
  tx: Tx,
  ctx: ClockContext,
  workOrderId: string,
  kind: SlaKind,
): Promise<void> {
  const kinds = kind === 'completion' ? SLA_KINDS : [kind];
  const open = await lockClocks(tx, ctx.tenantId, workOrderId, ['running', 'paused'], kinds);
  if (open.length === 0) return;
  const now = ctx.clock.now();
  const paused = open.flatMap((t) => (t.pausedAt ? [t.pausedAt] : []));
  // A clock met while paused first gets back its paused time, so the pause does not count late.
  const rules =
    paused.length > 0
      ? await loadClockRules(tx, ctx.tenantId, new Date(Math.min(...paused.map(Number))))
      : undefined;
  for (const timer of open) {
    const resumed =
      rules && timer.state === 'paused' && timer.pausedAt
        ? resumeClock(rules.schedule, { ...timer, pausedAt: timer.pausedAt }, now)
        : undefined;
    await updateClock(tx, timer, {
      state: 'met',
      metAt: now,
      pausedAt: null,
      ...(resumed && {
        warnAt: resumed.warnAt,
        dueAt: resumed.dueAt,
        pausedMinutes: timer.pausedMinutes + resumed.pausedMinutes,
      }),
    });
    await disarmClock(tx, timer);
  }
}
