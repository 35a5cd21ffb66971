import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { assets } from '../installed-base';

/** The public-token target of an asset: kind 'asset', scoped to the caller's tenant. */
export function assetTarget(ctx: Pick<RequestContext, 'tenantId'>, assetId: string) {
  return { kind: 'asset' as const, tenantId: ctx.tenantId, targetId: assetId };
}

/**
 * Locks the asset's row, so issuing, re-issuing and revoking its token take turns (a print
 * and a re-issue at once must not leave two live tokens). NOT_FOUND for another tenant's.
 */
export async function lockAsset(tx: Tx, tenantId: string, assetId: string): Promise<void> {
  const [row] = await tx
    .select({ id: assets.id })
    .from(assets)
    .where(and(eq(assets.tenantId, tenantId), eq(assets.id, assetId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
}
