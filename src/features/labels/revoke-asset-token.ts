import type { Tx } from '../../platform/db';
import { currentPublicToken, revokePublicTokens } from '../../platform/public-tokens';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { assetTarget, lockAsset } from './asset-token-target';

/**
 * Stops the asset's QR label working (the device left the customer, the label leaked). The
 * next print or re-issue gives it a new token.
 */
export async function revokeAssetToken(
  tx: Tx,
  ctx: RequestContext,
  assetId: string,
): Promise<void> {
  await lockAsset(tx, ctx.tenantId, assetId);
  const target = assetTarget(ctx, assetId);
  const hadToken = (await currentPublicToken(tx, target)) !== null;
  await revokePublicTokens(tx, target, ctx.clock.now());
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'asset.token.revoke',
      objectType: 'asset',
      objectId: assetId,
      after: { revoked: hadToken },
    },
    ctx.clock,
  );
}
