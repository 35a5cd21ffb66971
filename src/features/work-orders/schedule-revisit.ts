import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { notify } from '../notifications';
import { getWorkOrder } from './get-work-order';
import type { revisitBody } from './on-site.schemas';
import { transitionWorkOrder, type WorkOrderPatch } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';
import { DISPATCHERS, orderLink } from './work-order-notices';

/**
 * 改日再来: the job cannot be finished today. Waiting for the customer or for parts pauses
 * the service clocks until a time is agreed again (schedule); the dispatchers are told. A
 * next visit already agreed is kept as the window.
 */
export async function scheduleRevisit(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof revisitBody>,
): Promise<WorkOrderDetail> {
  const patch: WorkOrderPatch = { revisitReason: input.reason, resolution: input.note };
  if (input.start && input.end)
    Object.assign(patch, {
      windowStart: new Date(input.start),
      windowEnd: new Date(input.end),
      windowAgreed: true,
    });
  const { after } = await transitionWorkOrder(tx, ctx, id, 'revisit', patch);
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.revisit',
    params: { number: after.number, reason: input.note },
    to: { roles: DISPATCHERS },
    link: orderLink(id),
  });
  return getWorkOrder(tx, ctx, id);
}
