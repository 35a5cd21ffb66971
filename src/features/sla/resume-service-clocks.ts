import type { Tx } from '../../platform/db';
import type { ClockContext } from './clock-context';
import { armClocks, type SlaTimer } from './clock-jobs';
import { loadClockRules } from './load-clock-rules';
import { lockClocks, updateClock } from './lock-clocks';
import { resumeClock } from './sla-clock.rules';

/**
 * The wait is over: paused clocks count on with the business minutes they had left, so their
 * deadlines move by the business time spent paused; warnings and breaches are armed again.
 */
export async function resumeServiceClocks(
  tx: Tx,
  ctx: ClockContext,
  workOrderId: string,
): Promise<void> {
  const paused = await lockClocks(tx, ctx.tenantId, workOrderId, ['paused']);
  if (paused.length === 0) return;
  const now = ctx.clock.now();
  const since = Math.min(now.getTime(), ...paused.map((t) => (t.pausedAt ?? now).getTime()));
  const { schedule } = await loadClockRules(tx, ctx.tenantId, new Date(since));
  const running: SlaTimer[] = [];
  for (const timer of paused) {
    const resumed = resumeClock(schedule, { ...timer, pausedAt: timer.pausedAt ?? now }, now);
    const updated = await updateClock(tx, timer, {
      state: 'running',
      pausedAt: null,
      warnAt: resumed.warnAt,
      dueAt: resumed.dueAt,
      pausedMinutes: timer.pausedMinutes + resumed.pausedMinutes,
    });
    running.push(updated);
  }
  await armClocks(tx, running);
}
