import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { selectStandards, standardInEffect, todayOf, toSummary } from './fee-standard-view';
import type { FeeStandardSummary } from './fees.schemas';

/** Every version of the fee standard, newest first, marking the one in effect today. */
export async function listFeeStandards(tx: Tx, ctx: RequestContext): Promise<FeeStandardSummary[]> {
  const [rows, inEffect] = await Promise.all([
    selectStandards(tx, ctx.tenantId),
    standardInEffect(tx, ctx.tenantId, todayOf(ctx)),
  ]);
  return rows.map((named) => toSummary(named, inEffect?.id ?? null));
}
