import type { Tx } from '../../platform/db';
import type { ClockContext } from './clock-context';
import { disarmClock } from './clock-jobs';
import { lockClocks, updateClock } from './lock-clocks';

/**
 * Waiting for the customer or for parts: running clocks stop counting, and their warnings and
 * breaches are cancelled until they resume.
 */
export async function pauseServiceClocks(
  tx: Tx,
  ctx: ClockContext,
  workOrderId: string,
): Promise<void> {
  const now = ctx.clock.now();
  for (const timer of await lockClocks(tx, ctx.tenantId, workOrderId, ['running'])) {
    await updateClock(tx, timer, { state: 'paused', pausedAt: now });
    await disarmClock(tx, timer);
  }
}
