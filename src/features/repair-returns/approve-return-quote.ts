import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { recordSignature, signatureNote } from '../work-orders/record-signature';
import { getRepairReturn } from './get-repair-return';
import type { RepairReturnView, ReturnApproveQuoteBody } from './repair-return.schemas';
import { transitionRepairReturn } from './transition-repair-return';

/**
 * The customer approves the return's quote: signed on the screen, or a yes by phone (who and
 * when). The item goes on to be handed over or repaired in house.
 */
export async function approveReturnQuote(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: ReturnApproveQuoteBody,
): Promise<RepairReturnView> {
  const { version, ...consent } = input;
  await transitionRepairReturn(tx, ctx, {
    id,
    action: 'approve_quote',
    version,
    note: signatureNote(consent),
    patch: async (before) => {
      const signed = await recordSignature(tx, ctx, before.workOrderId, 'return_quote', consent);
      return { quoteSignatureId: signed.id, quoteDecidedAt: ctx.clock.now() };
    },
  });
  return getRepairReturn(tx, ctx, id);
}
