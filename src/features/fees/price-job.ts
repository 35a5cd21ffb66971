import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { findCategory } from '../catalog';
import { getAssetWarranty } from '../installed-base';
import type { Coverage } from '../warranty';
import { standardInEffect, todayOf, type FeeStandardRow } from './fee-standard-view';
import { feeStandardContent, type QuoteBody } from './fees.schemas';
import { priceQuote, type PricedQuote } from './quote.rules';

export interface PricedJob {
  standard: FeeStandardRow;
  day: string;
  /** The asset's warranty state on the day, or "manual" when the coverage was given. */
  warrantyState: string;
  coverage: Coverage;
  priced: PricedQuote;
}

async function liveCategoryName(tx: Tx, tenantId: string, categoryId: string): Promise<string> {
  const category = await findCategory(tx, tenantId, categoryId).catch(() => null);
  if (!category || category.cancelledAt) throw new AppError('QUOTE_CATEGORY_NOT_FOUND');
  return category.name;
}

/** Prices a job with the fee standard in effect today and the warranty that applies today. */
export async function priceJob(tx: Tx, ctx: RequestContext, body: QuoteBody): Promise<PricedJob> {
  const day = todayOf(ctx);
  const standard = await standardInEffect(tx, ctx.tenantId, day);
  if (!standard) throw new AppError('NO_FEE_STANDARD');
  const categoryName = await liveCategoryName(tx, ctx.tenantId, body.categoryId);
  let warrantyState = 'manual';
  let coverage = body.coverage;
  if (body.assetId) {
    const status = await getAssetWarranty(tx, ctx.tenantId, body.assetId, day);
    if (!status) throw new AppError('QUOTE_ASSET_NOT_FOUND');
    warrantyState = status.state;
    coverage = status.coverage;
  }
  if (!coverage) throw new AppError('VALIDATION_FAILED');
  const priced = priceQuote({
    content: feeStandardContent.parse(standard.content),
    categoryId: body.categoryId,
    categoryName,
    level: body.level,
    travel: body.travel,
    parts: body.parts,
    inspection: body.inspection,
    coverage,
  });
  return { standard, day, warrantyState, coverage, priced };
}
