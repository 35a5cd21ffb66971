import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/** Work orders are never deleted: they are cancelled with a reason. */
export async function cancelWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: { reason: string },
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(tx, ctx, id, 'cancel', {
    cancelReason: input.reason,
    cancelledAt: ctx.clock.now(),
  });
  return getWorkOrder(tx, ctx, id);
}
