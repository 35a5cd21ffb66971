import {
  currentPublicToken,
  issuePublicToken,
  revokePublicTokens,
} from '../../platform/public-tokens';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { assetTarget, lockAsset } from './asset-token-target';

/**
 * A new QR token for an asset (a label was lost, copied or stuck on the wrong device): the
 * old one stops working at once, so its printed label must be replaced.
 */
export async function reissueAssetToken(
  tx: Tx,
  ctx: RequestContext,
  assetId: string,
): Promise<string> {
  await lockAsset(tx, ctx.tenantId, assetId);
  const target = assetTarget(ctx, assetId);
  const hadToken = (await currentPublicToken(tx, target)) !== null;
  await revokePublicTokens(tx, target, ctx.clock.now());
  const token = await issuePublicToken(tx, target);
  // The token itself is a capability: the audit trail records that it changed, not its value.
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'asset.token.reissue',
      objectType: 'asset',
      objectId: assetId,
      after: { revokedPrevious: hadToken },
    },
    ctx.clock,
  );
  return token;
}
