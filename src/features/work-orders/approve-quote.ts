import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import type { approveQuoteBody } from './on-site.schemas';
import { recordSignature, signatureNote } from './record-signature';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/**
 * The customer approves the quote: signed on the technician's phone, or said yes by phone
 * (who and when, recorded by the technician or the desk). The work may go ahead; the clocks
 * count on.
 */
export async function approveQuote(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof approveQuoteBody>,
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(
    tx,
    ctx,
    id,
    'approve_quote',
    { quoteDecision: 'approved' },
    signatureNote(input),
  );
  await recordSignature(tx, ctx, id, 'quote', input);
  return getWorkOrder(tx, ctx, id);
}
