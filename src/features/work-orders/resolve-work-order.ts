import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import type { resolveBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/**
 * Fixed on site: what was done. Out-of-warranty work is refused until the customer approved
 * the quote (QUOTE_APPROVAL_REQUIRED, the table's guard). The customer then signs (complete).
 */
export async function resolveWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof resolveBody>,
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(tx, ctx, id, 'resolve', {
    resolution: input.workDone,
    resolvedAt: ctx.clock.now(),
  });
  return getWorkOrder(tx, ctx, id);
}
