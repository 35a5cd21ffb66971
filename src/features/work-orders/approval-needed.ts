import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { quotes } from '../fees/fees.table';
import { getAssetWarranty } from '../installed-base';
import type { WarrantyState } from '../warranty/warranty.rules';
import { isApprovalNeeded } from './approval.rules';
import type { workOrders } from './work-orders.table';

type Order = Pick<typeof workOrders.$inferSelect, 'id' | 'assetId' | 'quoteDecision'>;

/** What the latest quote made for this order charges the customer (null: none made). */
async function latestQuoteCharge(db: Queryable, tenantId: string, orderId: string) {
  const [latest] = await db
    .select({ chargedCents: quotes.totalCents })
    .from(quotes)
    .where(and(eq(quotes.tenantId, tenantId), eq(quotes.workOrderId, orderId)))
    .orderBy(desc(quotes.createdAt), desc(quotes.id))
    .limit(1);
  return latest?.chargedCents ?? null;
}

/**
 * Whether the order's work must wait for the customer's approval of a quote (approval.rules),
 * from the device's warranty today — pass it when already read — and the order's latest quote.
 */
export async function approvalNeededFor(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'tenantTimezone' | 'clock'>,
  order: Order,
  warrantyState?: WarrantyState | null,
): Promise<boolean> {
  if (order.quoteDecision === 'approved') return false;
  const state =
    warrantyState !== undefined
      ? warrantyState
      : order.assetId
        ? ((
            await getAssetWarranty(
              db,
              ctx.tenantId,
              order.assetId,
              localDay(ctx.clock.now(), ctx.tenantTimezone),
            )
          )?.state ?? null)
        : null;
  return isApprovalNeeded({
    warrantyState: state,
    quoteChargedCents: await latestQuoteCharge(db, ctx.tenantId, order.id),
    quoteDecision: order.quoteDecision,
  });
}
