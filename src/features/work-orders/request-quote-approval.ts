import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { getQuote } from '../fees';
import { notify } from '../notifications';
import { getWorkOrder } from './get-work-order';
import type { requestApprovalBody } from './on-site.schemas';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';
import { DESK, orderLink, yuan } from './work-order-notices';

/**
 * Out of warranty: the quote made for this order goes to the customer for approval; the desk
 * is told, and the service clocks pause while the customer decides.
 */
export async function requestQuoteApproval(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof requestApprovalBody>,
): Promise<WorkOrderDetail> {
  const quote = await getQuote(tx, ctx.tenantId, input.quoteId);
  if (quote.workOrderId !== id) throw new AppError('QUOTE_NOT_OF_ORDER');
  const { after } = await transitionWorkOrder(
    tx,
    ctx,
    id,
    'request_approval',
    { quoteId: input.quoteId, quoteDecision: null },
    { chargedCents: quote.totals.chargedCents },
  );
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.quoteAwaiting',
    params: { number: after.number, amount: yuan(quote.totals.chargedCents) },
    to: { roles: DESK },
    link: orderLink(id),
  });
  return getWorkOrder(tx, ctx, id);
}
