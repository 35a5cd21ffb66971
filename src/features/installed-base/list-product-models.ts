import { and, asc, count, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { productModels } from './installed-base.table';
import type { ListProductModelsQuery, ProductModelView } from './product-model.schemas';
import { productModelViews } from './product-model-view';
import { containing } from '../../platform/db';

/** Models by code; `q` matches the code or the name. */
export async function listProductModels(
  tx: Tx,
  ctx: RequestContext,
  query: ListProductModelsQuery,
): Promise<{ items: ProductModelView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(productModels.tenantId, ctx.tenantId)];
  if (query.includeCancelled !== 'true') filters.push(isNull(productModels.cancelledAt));
  if (query.brandId) filters.push(eq(productModels.brandId, query.brandId));
  if (query.categoryId) filters.push(eq(productModels.categoryId, query.categoryId));
  if (query.q) {
    const like = containing(query.q);
    filters.push(or(ilike(productModels.code, like), ilike(productModels.name, like)));
  }
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select({ id: productModels.id })
      .from(productModels)
      .where(where)
      .orderBy(asc(productModels.code), asc(productModels.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(productModels).where(where),
  );
  const items = await productModelViews(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
