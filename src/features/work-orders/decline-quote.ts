import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import type { declineQuoteBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/**
 * The customer declines the quote: no repair; the order is resolved with that as its outcome
 * (the resolution says so, for the slip), and closes with the customer's signature.
 */
export async function declineQuote(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof declineQuoteBody>,
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(
    tx,
    ctx,
    id,
    'decline_quote',
    {
      quoteDecision: 'declined',
      resolution: `客户（${input.signerName}）不同意报价，未维修：${input.note}`,
      resolvedAt: ctx.clock.now(),
    },
    { signerName: input.signerName, note: input.note },
  );
  return getWorkOrder(tx, ctx, id);
}
