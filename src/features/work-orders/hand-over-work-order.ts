import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { notify } from '../notifications';
import { assertTechnician } from '../technicians';
import { getWorkOrder } from './get-work-order';
import type { handOverBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';
import { DISPATCHERS, orderLink } from './work-order-notices';

/**
 * 转交: another technician should do it (a skill, a part they carry). The order goes back to
 * "assigned" with them; both technicians and the dispatchers are told. The reply is the order
 * as it is now, though the one who handed it on no longer sees it after this.
 */
export async function handOverWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof handOverBody>,
): Promise<WorkOrderDetail> {
  if (input.technicianId === ctx.user.id) throw new AppError('HAND_OVER_TO_SELF');
  const next = await assertTechnician(tx, ctx.tenantId, input.technicianId);
  const { after } = await transitionWorkOrder(
    tx,
    ctx,
    id,
    'hand_over',
    { technicianId: next.id },
    { technicianName: next.displayName, reason: input.reason },
  );
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.handedOver',
    params: {
      number: after.number,
      from: ctx.user.displayName,
      to: next.displayName,
      reason: input.reason,
    },
    to: { roles: DISPATCHERS, userIds: [ctx.user.id, next.id] },
    link: orderLink(id),
  });
  return getWorkOrder(tx, ctx, id, { afterHandOver: true });
}
