import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CategoryView } from './catalog.schemas';
import { productCategories } from './catalog.table';
import { findCategory, toCategoryView } from './category-view';

/**
 * Cancels a category (never deleted: skills, certificates and orders still name it). The table
 * has no reason column; the reason lives in the audit event.
 */
export async function cancelCategory(
  tx: Tx,
  ctx: RequestContext,
  categoryId: string,
  input: { reason: string },
): Promise<CategoryView> {
  const before = await findCategory(tx, ctx.tenantId, categoryId, true);
  if (before.cancelledAt) throw new AppError('INVALID_TRANSITION');
  const [after] = await tx
    .update(productCategories)
    .set({ cancelledAt: ctx.clock.now() })
    .where(eq(productCategories.id, categoryId))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'category.cancel',
      objectType: 'category',
      objectId: categoryId,
      before: { cancelledAt: null },
      after: { cancelledAt: after!.cancelledAt!.toISOString(), reason: input.reason },
    },
    ctx.clock,
  );
  return toCategoryView(after!);
}
