import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { CategoryView, listCategoriesQuery } from './catalog.schemas';
import { productCategories } from './catalog.table';
import { toCategoryView } from './category-view';

/** The tenant's product categories by code; cancelled ones only when asked for. */
export async function listCategories(
  tx: Tx,
  ctx: RequestContext,
  query: z.infer<typeof listCategoriesQuery>,
): Promise<CategoryView[]> {
  const filters: SQL[] = [eq(productCategories.tenantId, ctx.tenantId)];
  if (query.includeCancelled !== 'true') filters.push(isNull(productCategories.cancelledAt));
  const rows = await tx
    .select()
    .from(productCategories)
    .where(and(...filters))
    .orderBy(asc(productCategories.code));
  return rows.map(toCategoryView);
}
