import { and, asc, count, eq, exists, ilike, or, type SQL } from 'drizzle-orm';
import { type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { customers } from '../customers/customers.table';
import type { AssetView, ListAssetsQuery } from './asset.schemas';
import { assetViews } from './asset-view';
import { assets, productModels } from './installed-base.table';
import { containing } from '../../platform/db';

/** Assets by customer then serial; `q` matches the serial, the model's code or name, the customer. */
export async function listAssets(
  tx: Tx,
  ctx: RequestContext,
  query: ListAssetsQuery,
): Promise<{ items: AssetView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(assets.tenantId, ctx.tenantId)];
  if (query.customerId) filters.push(eq(assets.customerId, query.customerId));
  if (query.departmentId) filters.push(eq(assets.departmentId, query.departmentId));
  if (query.modelId) filters.push(eq(assets.modelId, query.modelId));
  if (query.status) filters.push(eq(assets.status, query.status));
  if (query.q) {
    const like = containing(query.q);
    filters.push(
      or(
        ilike(assets.serialNumber, like),
        exists(
          tx
            .select({ one: productModels.id })
            .from(productModels)
            .where(
              and(
                eq(productModels.id, assets.modelId),
                or(ilike(productModels.code, like), ilike(productModels.name, like)),
              ),
            ),
        ),
        exists(
          tx
            .select({ one: customers.id })
            .from(customers)
            .where(and(eq(customers.id, assets.customerId), ilike(customers.name, like))),
        ),
      ),
    );
  }
  const where = and(...filters);
  // The page's ids first, then names joined onto those rows alone (as the work-order list does).
  const [rows, [total]] = await sequentially(
    tx
      .select({ id: assets.id })
      .from(assets)
      .innerJoin(customers, eq(customers.id, assets.customerId))
      .where(where)
      .orderBy(asc(customers.name), asc(assets.serialNumber), asc(assets.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(assets).where(where),
  );
  const items = await assetViews(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
