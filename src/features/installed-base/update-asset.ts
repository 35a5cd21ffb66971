import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { AssetView, UpdateAssetBody } from './asset.schemas';
import { assertSerialFree, auditedAsset, getAssetView } from './asset-view';
import { assets } from './installed-base.table';
import { blankToNull, requireDepartmentOf, requireLive } from './references';

/**
 * Edits an asset as read at `version`: the write is conditional on it, so an edit made on a
 * stale form answers 409 instead of silently undoing someone else's change. Assets are never
 * deleted; a unit taken out of use is set to `retired`.
 */
export async function updateAsset(
  tx: Tx,
  ctx: RequestContext,
  assetId: string,
  input: UpdateAssetBody,
): Promise<AssetView> {
  const [before] = await tx
    .select()
    .from(assets)
    .where(and(eq(assets.tenantId, ctx.tenantId), eq(assets.id, assetId)));
  if (!before) throw new AppError('NOT_FOUND');
  if (before.version !== input.version) throw new AppError('CONFLICT');
  if (input.modelId !== before.modelId) await requireLive(tx, ctx.tenantId, 'model', input.modelId);
  if (input.customerId !== before.customerId)
    await requireLive(tx, ctx.tenantId, 'customer', input.customerId);
  await requireDepartmentOf(tx, ctx.tenantId, input.customerId, input.departmentId);
  if ((input.warrantyPolicyId ?? null) !== before.warrantyPolicyId)
    await requireLive(tx, ctx.tenantId, 'warrantyPolicy', input.warrantyPolicyId);
  if (input.modelId !== before.modelId || input.serialNumber !== before.serialNumber)
    await assertSerialFree(tx, ctx.tenantId, input.modelId, input.serialNumber, assetId);
  const [after] = await tx
    .update(assets)
    .set({
      serialNumber: input.serialNumber,
      modelId: input.modelId,
      customerId: input.customerId,
      departmentId: input.departmentId ?? null,
      location: blankToNull(input.location),
      purchasedOn: input.purchasedOn ?? null,
      installedOn: input.installedOn ?? null,
      warrantyPolicyId: input.warrantyPolicyId ?? null,
      purchasePriceCents: input.purchasePriceCents ?? null,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      status: input.status,
      note: blankToNull(input.note),
      version: input.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(assets.tenantId, ctx.tenantId),
        eq(assets.id, assetId),
        eq(assets.version, input.version),
      ),
    )
    .returning();
  if (!after) throw new AppError('CONFLICT');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'asset.update',
      objectType: 'asset',
      objectId: assetId,
      before: auditedAsset(before),
      after: auditedAsset(after),
    },
    ctx.clock,
  );
  return getAssetView(tx, ctx.tenantId, assetId);
}
