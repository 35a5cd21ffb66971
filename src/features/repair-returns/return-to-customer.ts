import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { recordSignature, signatureNote } from '../work-orders/record-signature';
import { transitionWorkOrder } from '../work-orders/transition-work-order';
import { getRepairReturn } from './get-repair-return';
import type { RepairReturnView, ReturnToCustomerBody } from './repair-return.schemas';
import { endNoticeRule } from './return-timers';
import { transitionRepairReturn } from './transition-repair-return';

/**
 * The item goes back to the customer against a signature; the original work order closes
 * (its service clocks ended when the item was taken). Any technician may give an item back on
 * a visit, also one another technician took, or one brought to the counter.
 */
export async function returnToCustomer(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: ReturnToCustomerBody,
): Promise<RepairReturnView> {
  const signature = {
    method: 'signature' as const,
    signerName: input.signerName,
    signaturePng: input.signaturePng,
  };
  const now = ctx.clock.now();
  const { after } = await transitionRepairReturn(tx, ctx, {
    id,
    action: 'return_to_customer',
    version: input.version,
    note: { ...signatureNote(signature), ...(input.note ? { note: input.note } : {}) },
    patch: async (before) => {
      const signed = await recordSignature(tx, ctx, before.workOrderId, 'return', signature);
      return { returnedAt: now, returnedBy: ctx.user.id, returnSignatureId: signed.id };
    },
  });
  await transitionWorkOrder(
    tx,
    ctx,
    after.workOrderId,
    'return_item',
    { closedAt: now },
    { repairReturn: after.number, signerName: input.signerName },
  );
  await endNoticeRule(tx, ctx.tenantId, id);
  return getRepairReturn(tx, ctx, id);
}
