import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CancelBody } from './common.schemas';
import { productModels } from './installed-base.table';
import type { ProductModelView } from './product-model.schemas';
import { findProductModelForUpdate, getProductModel } from './product-model-view';

/** Cancels a model: new assets may not use it; the units already registered keep it. */
export async function cancelProductModel(
  tx: Tx,
  ctx: RequestContext,
  modelId: string,
  input: CancelBody,
): Promise<ProductModelView> {
  const before = await findProductModelForUpdate(tx, ctx.tenantId, modelId);
  if (before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const now = ctx.clock.now();
  await tx
    .update(productModels)
    .set({ cancelledAt: now, updatedAt: now })
    .where(eq(productModels.id, modelId));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'productModel.cancel',
      objectType: 'productModel',
      objectId: modelId,
      before: { cancelledAt: null },
      after: { cancelledAt: now.toISOString(), reason: input.reason },
    },
    ctx.clock,
  );
  return getProductModel(tx, ctx.tenantId, modelId);
}
