import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { createWorkOrder } from '../work-orders/create-work-order';
import { transitionWorkOrder } from '../work-orders/transition-work-order';
import { checkTransition } from '../work-orders/work-order.machine';
import { createRepairReturn } from './create-repair-return';
import { getRepairReturn } from './get-repair-return';
import type { RepairReturnView, WalkInReturnBody } from './repair-return.schemas';

/**
 * 送修: the item brought to the counter. Its service request becomes a work order (once: the
 * request must still be waiting), which goes straight to "taken back" (the customer was
 * served at the counter, its clocks end), and the repair return starts from there.
 */
export async function walkInReturn(
  tx: Tx,
  ctx: RequestContext,
  input: WalkInReturnBody,
): Promise<RepairReturnView> {
  // Before anything is written: may this user take an item in at all?
  const allowed = checkTransition({ status: 'new', technicianId: null }, 'take_in', {
    userId: ctx.user.id,
    roles: ctx.user.roles,
  });
  if (typeof allowed === 'string') throw new AppError(allowed);
  const order = await createWorkOrder(tx, ctx, { serviceRequestId: input.serviceRequestId });
  const { after } = await transitionWorkOrder(
    tx,
    ctx,
    order.id,
    'take_in',
    {},
    { itemCount: input.items.length },
  );
  const taken = await createRepairReturn(tx, ctx, {
    workOrderId: after.id,
    customerId: after.customerId,
    assetId: after.assetId,
    signatureId: null,
    items: input.items,
    source: 'walk_in',
    urgent: input.urgent,
  });
  return getRepairReturn(tx, ctx, taken.id);
}
