import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { publicTokens } from '../../platform/public-tokens';
import type { RequestContext } from '../accounts';
import type { LabelAssetView, ListLabelAssetsQuery } from './labels.schemas';
import { loadLabelAssets } from './load-label-assets';

/** The devices a sheet for this customer (or department) would print, and which have a label. */
export async function listLabelAssets(
  tx: Tx,
  ctx: RequestContext,
  query: ListLabelAssetsQuery,
): Promise<LabelAssetView[]> {
  const rows = await loadLabelAssets(tx, ctx.tenantId, query);
  if (rows.length === 0) return [];
  const live = await tx
    .select({ assetId: publicTokens.targetId })
    .from(publicTokens)
    .where(
      and(
        eq(publicTokens.tenantId, ctx.tenantId),
        eq(publicTokens.kind, 'asset'),
        inArray(
          publicTokens.targetId,
          rows.map((row) => row.id),
        ),
        isNull(publicTokens.revokedAt),
      ),
    );
  const labelled = new Set(live.map((row) => row.assetId));
  return rows.map(({ customerId: _customerId, ...row }) => ({
    ...row,
    hasToken: labelled.has(row.id),
  }));
}
