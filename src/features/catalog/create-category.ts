import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { CategoryView, CreateCategoryBody } from './catalog.schemas';
import { productCategories } from './catalog.table';
import { assertCodeFree, auditedCategory, toCategoryView } from './category-view';

export async function createCategory(
  tx: Tx,
  ctx: RequestContext,
  input: CreateCategoryBody,
): Promise<CategoryView> {
  await assertCodeFree(tx, ctx.tenantId, input.code);
  const [row] = await tx
    .insert(productCategories)
    .values({
      tenantId: ctx.tenantId,
      code: input.code,
      name: input.name,
      defaultMinutes: input.defaultMinutes,
      requiresCertificate: input.requiresCertificate,
    })
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'category.create',
      objectType: 'category',
      objectId: row!.id,
      after: auditedCategory(row!),
    },
    ctx.clock,
  );
  return toCategoryView(row!);
}
