import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { productModels } from './installed-base.table';
import type { ProductModelBody, ProductModelView } from './product-model.schemas';
import {
  assertModelCodeFree,
  auditedModel,
  findProductModelForUpdate,
  getProductModel,
} from './product-model-view';
import { requireLive } from './references';

/** Edits a live model. */
export async function updateProductModel(
  tx: Tx,
  ctx: RequestContext,
  modelId: string,
  input: ProductModelBody,
): Promise<ProductModelView> {
  const before = await findProductModelForUpdate(tx, ctx.tenantId, modelId);
  if (before.cancelledAt) throw new AppError('RECORD_CANCELLED');
  // Only a changed reference must be live: an unchanged one may have been cancelled since.
  const changed = <T>(next: T, prev: T) => (next === prev ? null : next);
  await requireLive(tx, ctx.tenantId, 'category', changed(input.categoryId, before.categoryId));
  await requireLive(tx, ctx.tenantId, 'brand', changed(input.brandId, before.brandId));
  await requireLive(tx, ctx.tenantId, 'vendor', changed(input.vendorId, before.vendorId));
  await requireLive(
    tx,
    ctx.tenantId,
    'warrantyPolicy',
    changed(input.warrantyPolicyId, before.warrantyPolicyId),
  );
  if (input.code !== before.code || input.brandId !== before.brandId)
    await assertModelCodeFree(tx, ctx.tenantId, input.brandId, input.code, modelId);
  const [after] = await tx
    .update(productModels)
    .set({
      code: input.code,
      name: input.name,
      categoryId: input.categoryId,
      brandId: input.brandId,
      vendorId: input.vendorId ?? null,
      warrantyPolicyId: input.warrantyPolicyId ?? null,
      listPriceCents: input.listPriceCents ?? null,
      updatedAt: ctx.clock.now(),
    })
    .where(eq(productModels.id, modelId))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'productModel.update',
      objectType: 'productModel',
      objectId: modelId,
      before: auditedModel(before),
      after: auditedModel(after!),
    },
    ctx.clock,
  );
  return getProductModel(tx, ctx.tenantId, modelId);
}
