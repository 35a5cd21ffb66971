import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { QuoteBody, QuoteView } from './fees.schemas';
import { quotes } from './fees.table';
import { priceJob } from './price-job';
import { toQuoteView, type StoredQuoteInput } from './quote-view';

/**
 * Makes and keeps a quote: the fee-standard version it was priced with, what was priced and
 * the warranty applied, and its lines. A later version never changes it.
 */
export async function createQuote(
  tx: Tx,
  ctx: RequestContext,
  body: QuoteBody,
): Promise<QuoteView> {
  const job = await priceJob(tx, ctx, body);
  const input: StoredQuoteInput = {
    day: job.day,
    categoryId: body.categoryId,
    level: body.level,
    travel: body.travel,
    parts: body.parts,
    inspection: body.inspection,
    warrantyState: job.warrantyState,
    coverage: job.coverage,
  };
  const [row] = await tx
    .insert(quotes)
    .values({
      tenantId: ctx.tenantId,
      feeStandardId: job.standard.id,
      feeStandardVersion: job.standard.version,
      assetId: body.assetId ?? null,
      serviceRequestId: body.serviceRequestId ?? null,
      workOrderId: body.workOrderId ?? null,
      input,
      lines: job.priced.lines,
      totalCents: job.priced.totals.chargedCents,
      createdBy: ctx.user.id,
      createdAt: ctx.clock.now(),
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'quote.create',
      objectType: 'quote',
      objectId: row!.id,
      after: {
        feeStandardVersion: row!.feeStandardVersion,
        assetId: row!.assetId,
        workOrderId: row!.workOrderId,
        serviceRequestId: row!.serviceRequestId,
        totalCents: row!.totalCents,
        warrantyState: job.warrantyState,
      },
      isNew: true,
    },
    ctx.clock,
  );
  return toQuoteView(row!);
}
