import { and, asc, count, eq, ilike, isNull, type SQL } from 'drizzle-orm';
import { type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { BrandView, ListBrandsQuery } from './brand-vendor.schemas';
import { toBrandView } from './brand-view';
import { brands } from './installed-base.table';
import { containing } from '../../platform/db';

export async function listBrands(
  tx: Tx,
  ctx: RequestContext,
  query: ListBrandsQuery,
): Promise<{ items: BrandView[]; total: number }> {
  const filters: SQL[] = [eq(brands.tenantId, ctx.tenantId)];
  if (query.includeCancelled !== 'true') filters.push(isNull(brands.cancelledAt));
  if (query.q) filters.push(ilike(brands.name, containing(query.q)));
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select()
      .from(brands)
      .where(where)
      .orderBy(asc(brands.name), asc(brands.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(brands).where(where),
  );
  return { items: rows.map(toBrandView), total: total?.n ?? 0 };
}
