import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { QuoteBody, QuoteView } from './fees.schemas';
import { priceJob } from './price-job';

/** The quote as it would be made now, stored nowhere. */
export async function previewQuote(
  tx: Tx,
  ctx: RequestContext,
  body: QuoteBody,
): Promise<QuoteView> {
  const job = await priceJob(tx, ctx, body);
  return {
    id: null,
    feeStandardId: job.standard.id,
    feeStandardVersion: job.standard.version,
    assetId: body.assetId ?? null,
    serviceRequestId: body.serviceRequestId ?? null,
    workOrderId: body.workOrderId ?? null,
    categoryId: body.categoryId,
    level: body.level,
    warrantyState: job.warrantyState,
    coverage: job.coverage,
    lines: job.priced.lines,
    totals: job.priced.totals,
    createdAt: null,
  };
}
