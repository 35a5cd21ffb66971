import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { StockCountVersionBody, StockCountView } from './inventory.schemas';
import { stockCounts } from './inventory.table';
import { getStockCount, openCountForUpdate } from './stock-count-view';

/** Abandons an open count; nothing is adjusted. */
export async function cancelStockCount(
  tx: Tx,
  ctx: RequestContext,
  countId: string,
  input: StockCountVersionBody,
): Promise<StockCountView> {
  const count = await openCountForUpdate(tx, ctx.tenantId, countId, input.version);
  await tx
    .update(stockCounts)
    .set({ status: 'cancelled', version: count.version + 1, updatedAt: ctx.clock.now() })
    .where(eq(stockCounts.id, countId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'stockCount.cancel',
      objectType: 'stockCount',
      objectId: countId,
      before: { status: 'open' },
      after: { status: 'cancelled' },
    },
    ctx.clock,
  );
  return getStockCount(tx, ctx.tenantId, countId);
}
