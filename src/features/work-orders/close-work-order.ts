import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/** The technician records how the fault was resolved, and the order closes. */
export async function closeWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: { resolution: string },
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(tx, ctx, id, 'close', {
    resolution: input.resolution,
    closedAt: ctx.clock.now(),
  });
  return getWorkOrder(tx, ctx, id);
}
