import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { assets, createAsset, createAssetBody } from '../installed-base';

/**
 * The vendor sent a new unit: a new asset with the new serial in the old one's place (model,
 * customer, department, location, warranty policy; bought and installed today), and the old
 * one retired with the link old → new. A serial already on file for the model is refused.
 */
export async function replaceAsset(
  tx: Tx,
  ctx: RequestContext,
  oldAssetId: string,
  newSerial: string,
  returnNumber: string,
): Promise<{ id: string }> {
  const [old] = await tx
    .select()
    .from(assets)
    .where(and(eq(assets.tenantId, ctx.tenantId), eq(assets.id, oldAssetId)));
  if (!old) throw new AppError('NOT_FOUND');
  const today = localDay(ctx.clock.now(), ctx.tenantTimezone);
  const created = await createAsset(
    tx,
    ctx,
    createAssetBody.parse({
      serialNumber: newSerial,
      modelId: old.modelId,
      customerId: old.customerId,
      departmentId: old.departmentId,
      location: old.location ?? undefined,
      purchasedOn: today,
      installedOn: today,
      warrantyPolicyId: old.warrantyPolicyId,
      lat: old.lat,
      lng: old.lng,
      note: `${returnNumber}: replaces ${old.serialNumber}`,
    }),
  );
  const [retired] = await tx
    .update(assets)
    .set({
      replacedById: created.id,
      status: 'retired',
      version: old.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(assets.tenantId, ctx.tenantId),
        eq(assets.id, old.id),
        eq(assets.version, old.version),
      ),
    )
    .returning({ id: assets.id });
  if (!retired) throw new AppError('CONFLICT');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'asset.replace',
      objectType: 'asset',
      objectId: old.id,
      before: { status: old.status, replacedById: old.replacedById },
      after: {
        status: 'retired',
        replacedById: created.id,
        replacementSerial: newSerial,
        repairReturn: returnNumber,
      },
    },
    ctx.clock,
  );
  return { id: created.id };
}
