import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { SlaTimer } from './clock-jobs';
import { type SlaKind, type SlaTimerState, slaTimers } from './sla-timers.table';

/** The order's clocks in these states (of these kinds), locked until the transaction ends. */
export function lockClocks(
  tx: Tx,
  tenantId: string,
  workOrderId: string,
  states: readonly SlaTimerState[],
  kinds?: readonly SlaKind[],
): Promise<SlaTimer[]> {
  return tx
    .select()
    .from(slaTimers)
    .where(
      and(
        eq(slaTimers.tenantId, tenantId),
        eq(slaTimers.workOrderId, workOrderId),
        inArray(slaTimers.state, states),
        kinds ? inArray(slaTimers.kind, kinds) : undefined,
      ),
    )
    .for('update');
}

/** Writes a clock's change, conditional on the version read under the lock. */
export async function updateClock(
  tx: Tx,
  timer: SlaTimer,
  change: Partial<Omit<SlaTimer, 'id' | 'tenantId' | 'version'>>,
): Promise<SlaTimer> {
  const [updated] = await tx
    .update(slaTimers)
    .set({ ...change, version: timer.version + 1 })
    .where(
      and(
        eq(slaTimers.tenantId, timer.tenantId),
        eq(slaTimers.id, timer.id),
        eq(slaTimers.version, timer.version),
      ),
    )
    .returning();
  if (!updated) throw new Error(`service clock ${timer.id} changed under its lock`);
  return updated;
}
