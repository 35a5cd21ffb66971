import { and, asc, eq, ilike, sql } from 'drizzle-orm';
import { startingWith, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { AssetView } from './asset.schemas';
import { assetViews } from './asset-view';
import { assets } from './installed-base.table';

/**
 * Assets whose serial starts with what the reporter reads off the nameplate (any case), exact
 * matches first: the intake screens pick the unit, then show its model and customer.
 */
export async function lookupAssets(
  tx: Tx,
  ctx: RequestContext,
  serial: string,
): Promise<AssetView[]> {
  const prefix = startingWith(serial);
  const rows = await tx
    .select({ id: assets.id })
    .from(assets)
    .where(and(eq(assets.tenantId, ctx.tenantId), ilike(assets.serialNumber, prefix)))
    .orderBy(
      sql`lower(${assets.serialNumber}) = lower(${serial}) desc`,
      asc(assets.serialNumber),
      asc(assets.id),
    )
    .limit(20);
  return assetViews(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
}
