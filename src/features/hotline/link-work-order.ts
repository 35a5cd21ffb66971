import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { hotlineCalls } from './hotline-calls.table';

/**
 * The update that marks a call as turned into a work order, once only: it returns the call's
 * id, or nothing when the call was linked already. Meant as a CTE of the order's insert, so
 * the order and the link are written in one statement.
 */
export function linkWorkOrderStatement(
  tx: Tx,
  tenantId: string,
  callId: string,
  workOrder: { id: string; number: string },
) {
  return tx
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
}
