import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import type { scheduleBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/**
 * The technician contacted the customer, agreed the visit window and told them the warranty
 * and the charges: the response clock is met (or a paused revisit counts on).
 */
export async function scheduleVisit(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof scheduleBody>,
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(
    tx,
    ctx,
    id,
    'schedule',
    {
      windowStart: new Date(input.start),
      windowEnd: new Date(input.end),
      windowAgreed: true,
      contactedAt: ctx.clock.now(),
    },
    { warrantyTold: input.warrantyTold, chargesTold: input.chargesTold, note: input.note ?? null },
  );
  return getWorkOrder(tx, ctx, id);
}
