import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { notify } from '../notifications';
import { getWorkOrder } from './get-work-order';
import type { adviseReplacementBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';
import { DISPATCHERS, orderLink } from './work-order-notices';

/**
 * 建议更换: the repair is worth too little against the item's value (the on-site view proposes
 * it from the quote). The customer signs the advice (complete), or wants it repaired anyway.
 */
export async function adviseReplacement(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof adviseReplacementBody>,
): Promise<WorkOrderDetail> {
  const { after } = await transitionWorkOrder(tx, ctx, id, 'advise_replacement', {
    resolution: input.note,
  });
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.replacementAdvised',
    params: { number: after.number },
    to: { roles: DISPATCHERS },
    link: orderLink(id),
  });
  return getWorkOrder(tx, ctx, id);
}
