import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { getRepairReturn } from './get-repair-return';
import type { RepairReturnView, returnDeclineQuoteBody } from './repair-return.schemas';
import { returnIsReady } from './return-ready';
import { transitionRepairReturn } from './transition-repair-return';

/** The customer won't pay the quote: the item goes back unrepaired (outcome quote_declined). */
export async function declineReturnQuote(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof returnDeclineQuoteBody>,
): Promise<RepairReturnView> {
  const now = ctx.clock.now();
  const { after } = await transitionRepairReturn(tx, ctx, {
    id,
    action: 'decline_quote',
    version: input.version,
    patch: {
      quoteDecidedAt: now,
      outcome: 'quote_declined',
      outcomeNote: input.note,
      backAt: now,
      backBy: ctx.user.id,
    },
    note: { signerName: input.signerName },
  });
  await returnIsReady(tx, ctx, after);
  return getRepairReturn(tx, ctx, id);
}
