import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { productModels } from './installed-base.table';
import type { ProductModelBody, ProductModelView } from './product-model.schemas';
import { assertModelCodeFree, auditedModel, getProductModel } from './product-model-view';
import { requireLive } from './references';

/** Checks what a model points at: live category, brand, vendor and warranty policy. */
export async function checkModelReferences(
  tx: Tx,
  tenantId: string,
  input: ProductModelBody,
): Promise<void> {
  await requireLive(tx, tenantId, 'category', input.categoryId);
  await requireLive(tx, tenantId, 'brand', input.brandId);
  await requireLive(tx, tenantId, 'vendor', input.vendorId);
  await requireLive(tx, tenantId, 'warrantyPolicy', input.warrantyPolicyId);
}

export async function createProductModel(
  tx: Tx,
  ctx: RequestContext,
  input: ProductModelBody,
): Promise<ProductModelView> {
  await checkModelReferences(tx, ctx.tenantId, input);
  await assertModelCodeFree(tx, ctx.tenantId, input.brandId, input.code);
  const [row] = await tx
    .insert(productModels)
    .values({
      tenantId: ctx.tenantId,
      code: input.code,
      name: input.name,
      categoryId: input.categoryId,
      brandId: input.brandId,
      vendorId: input.vendorId ?? null,
      warrantyPolicyId: input.warrantyPolicyId ?? null,
      listPriceCents: input.listPriceCents ?? null,
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'productModel.create',
      objectType: 'productModel',
      objectId: row!.id,
      after: auditedModel(row!),
      isNew: true,
    },
    ctx.clock,
  );
  return getProductModel(tx, ctx.tenantId, row!.id);
}
