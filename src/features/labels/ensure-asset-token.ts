import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { newPublicToken, publicTokens } from '../../platform/public-tokens';
import type { RequestContext } from '../accounts';
import { assets } from '../installed-base';
import { assetTarget, lockAsset } from './asset-token-target';

async function liveTokens(tx: Tx, tenantId: string, assetIds: string[]) {
  const rows = await tx
    .select({ assetId: publicTokens.targetId, token: publicTokens.token })
    .from(publicTokens)
    .where(
      and(
        eq(publicTokens.tenantId, tenantId),
        eq(publicTokens.kind, 'asset'),
        inArray(publicTokens.targetId, assetIds),
        isNull(publicTokens.revokedAt),
      ),
    )
    .orderBy(asc(publicTokens.createdAt), asc(publicTokens.token));
  const tokens = new Map<string, string>();
  // The oldest live token wins, so a re-print always shows the same code.
  for (const row of rows) if (!tokens.has(row.assetId)) tokens.set(row.assetId, row.token);
  return tokens;
}

/**
 * The live token of each asset, issuing one (144 random bits) for those without: labels get
 * their token lazily, when first printed. Callers pass asset ids of the caller's tenant.
 * Assets still without a token are locked first and looked at again, so two prints at once
 * issue one token, not two.
 */
export async function ensureAssetTokens(
  tx: Tx,
  ctx: Pick<RequestContext, 'tenantId'>,
  assetIds: string[],
): Promise<{ tokens: Map<string, string>; issued: number }> {
  if (assetIds.length === 0) return { tokens: new Map(), issued: 0 };
  const tokens = await liveTokens(tx, ctx.tenantId, assetIds);
  let missing = assetIds.filter((id) => !tokens.has(id));
  if (missing.length === 0) return { tokens, issued: 0 };
  await tx
    .select({ id: assets.id })
    .from(assets)
    .where(and(eq(assets.tenantId, ctx.tenantId), inArray(assets.id, missing)))
    .orderBy(asc(assets.id))
    .for('update');
  for (const [id, token] of await liveTokens(tx, ctx.tenantId, missing)) tokens.set(id, token);
  missing = missing.filter((id) => !tokens.has(id));
  if (missing.length === 0) return { tokens, issued: 0 };
  const issued = missing.map((id) => ({ ...assetTarget(ctx, id), token: newPublicToken() }));
  await tx.insert(publicTokens).values(issued);
  for (const row of issued) tokens.set(row.targetId, row.token);
  return { tokens, issued: issued.length };
}

/** One asset's live token, issued if it has none; NOT_FOUND for another tenant's asset. */
export async function ensureAssetToken(
  tx: Tx,
  ctx: Pick<RequestContext, 'tenantId'>,
  assetId: string,
): Promise<string> {
  await lockAsset(tx, ctx.tenantId, assetId);
  const { tokens } = await ensureAssetTokens(tx, ctx, [assetId]);
  return tokens.get(assetId)!;
}
