import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { ListStockCountsQuery, StockCountListItem } from './inventory.schemas';
import { stockCounts } from './inventory.table';
import { stockCountListItems } from './stock-count-view';

/** Stock counts, newest first. */
export async function listStockCounts(
  tx: Tx,
  ctx: RequestContext,
  query: ListStockCountsQuery,
): Promise<{ items: StockCountListItem[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(stockCounts.tenantId, ctx.tenantId)];
  if (query.warehouseId) filters.push(eq(stockCounts.warehouseId, query.warehouseId));
  if (query.status) filters.push(eq(stockCounts.status, query.status));
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select({ id: stockCounts.id })
      .from(stockCounts)
      .where(where)
      .orderBy(desc(stockCounts.createdAt), desc(stockCounts.number))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(stockCounts).where(where),
  );
  const items = await stockCountListItems(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
