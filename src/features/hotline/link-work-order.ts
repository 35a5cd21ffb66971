import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { hotlineCalls } from './hotline-calls.table';

/** Marks a call as turned into a work order: once only, even when two desks try at once. */
export async function linkWorkOrder(
  tx: Tx,
  tenantId: string,
  callId: string,
  workOrder: { id: string; number: string },
): Promise<void> {
  const linked = await tx
    .update(hotlineCalls)
    .set({ workOrderId: workOrder.id, workOrderNumber: workOrder.number })
    .where(
      and(
        eq(hotlineCalls.tenantId, tenantId),
        eq(hotlineCalls.id, callId),
        isNull(hotlineCalls.workOrderId),
      ),
    )
    .returning({ id: hotlineCalls.id });
  if (linked.length === 0) throw new AppError('ALREADY_HAS_WORK_ORDER');
}
