import type { Tx } from '../../platform/db';
import type { ClockContext } from './clock-context';
import { disarmClock } from './clock-jobs';
import { lockClocks, updateClock } from './lock-clocks';

/** The order was cancelled: open clocks stop, and no warning or breach fires. */
export async function stopServiceClocks(
  tx: Tx,
  ctx: ClockContext,
  workOrderId: string,
): Promise<void> {
  for (const timer of await lockClocks(tx, ctx.tenantId, workOrderId, ['running', 'paused'])) {
    await updateClock(tx, timer, { state: 'stopped' });
    await disarmClock(tx, timer);
  }
}
