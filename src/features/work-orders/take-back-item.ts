import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { notify } from '../notifications';
import { createRepairReturn } from '../repair-returns';
import { getWorkOrder } from './get-work-order';
import type { takeBackBody } from './on-site.schemas';
import { recordSignature, signatureNote } from './record-signature';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';
import { orderLink, RETURNS_AND_DISPATCHERS } from './work-order-notices';

/**
 * 带回维修: the item goes back to the workshop. The customer signs the list of what was taken
 * (condition, accessories); a repair return in "taken back" carries it on; the returns clerks
 * and dispatchers are told; the completion clock is met.
 */
export async function takeBackItem(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof takeBackBody>,
): Promise<WorkOrderDetail> {
  const signature = { method: 'signature' as const, ...input };
  const { after } = await transitionWorkOrder(
    tx,
    ctx,
    id,
    'take_back',
    {},
    { ...signatureNote(signature), itemCount: input.items.length },
  );
  const signed = await recordSignature(tx, ctx, id, 'take_back', signature);
  const taken = await createRepairReturn(tx, ctx, {
    workOrderId: id,
    customerId: after.customerId,
    assetId: after.assetId,
    signatureId: signed.id,
    items: input.items,
  });
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.takenBack',
    params: { number: after.number, returnNumber: taken.number },
    to: { roles: RETURNS_AND_DISPATCHERS },
    link: orderLink(id),
  });
  return getWorkOrder(tx, ctx, id);
}
