import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { notify } from '../notifications';
import { getWorkOrder } from './get-work-order';
import type { rescheduleBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';
import { DISPATCHERS, orderLink } from './work-order-notices';

/** The customer is not free at the agreed time: a new window, why, and the dispatchers told. */
export async function rescheduleVisit(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof rescheduleBody>,
): Promise<WorkOrderDetail> {
  const start = new Date(input.start);
  const { after } = await transitionWorkOrder(
    tx,
    ctx,
    id,
    'reschedule',
    { windowStart: start, windowEnd: new Date(input.end), windowAgreed: true },
    { reason: input.reason },
  );
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.rescheduled',
    params: {
      number: after.number,
      start: start.toISOString(),
      reason: input.reason,
    },
    to: { roles: DISPATCHERS },
    link: orderLink(id),
  });
  return getWorkOrder(tx, ctx, id);
}
