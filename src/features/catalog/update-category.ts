import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CategoryView, UpdateCategoryBody } from './catalog.schemas';
import { productCategories } from './catalog.table';
import { assertCodeFree, auditedCategory, findCategory, toCategoryView } from './category-view';

/** Edits a live category; a cancelled one stays as it was when cancelled. */
export async function updateCategory(
  tx: Tx,
  ctx: RequestContext,
  categoryId: string,
  patch: UpdateCategoryBody,
): Promise<CategoryView> {
  const before = await findCategory(tx, ctx.tenantId, categoryId, true);
  if (before.cancelledAt) throw new AppError('CATEGORY_CANCELLED');
  if (patch.code && patch.code !== before.code) {
    await assertCodeFree(tx, ctx.tenantId, patch.code, categoryId);
  }
  const [after] = await tx
    .update(productCategories)
    .set({
      code: patch.code ?? before.code,
      name: patch.name ?? before.name,
      defaultMinutes: patch.defaultMinutes ?? before.defaultMinutes,
      requiresCertificate: patch.requiresCertificate ?? before.requiresCertificate,
    })
    .where(eq(productCategories.id, categoryId))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'category.update',
      objectType: 'category',
      objectId: categoryId,
      before: auditedCategory(before),
      after: auditedCategory(after!),
    },
    ctx.clock,
  );
  return toCategoryView(after!);
}
