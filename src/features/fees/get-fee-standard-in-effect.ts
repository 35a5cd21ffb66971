import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { readStandard, standardInEffect, todayOf } from './fee-standard-view';
import type { FeeStandardView } from './fees.schemas';

/** The fee standard in effect on a day (today by default); NO_FEE_STANDARD when none is. */
export async function getFeeStandardInEffect(
  tx: Tx,
  ctx: RequestContext,
  on?: string,
): Promise<FeeStandardView> {
  const row = await standardInEffect(tx, ctx.tenantId, on ?? todayOf(ctx));
  if (!row) throw new AppError('NO_FEE_STANDARD');
  return readStandard(tx, ctx, row.id);
}
