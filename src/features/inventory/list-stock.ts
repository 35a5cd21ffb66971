import { and, asc, count, eq, ilike, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { containing, sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { ListStockQuery, StockRow } from './inventory.schemas';
import { parts, stockLevels, warehouses } from './inventory.table';
import { visibleWarehouseIds } from './stock-visibility';
import { stockRowsById } from './stock-view';

/**
 * Stock by warehouse and part. A technician sees only their van. Without a warehouse filter,
 * cancelled warehouses (empty by then) are left out.
 */
export async function listStock(
  tx: Tx,
  ctx: RequestContext,
  query: ListStockQuery,
): Promise<{ items: StockRow[]; total: number }> {
  const visible = await visibleWarehouseIds(tx, ctx);
  if (visible?.length === 0) return { items: [], total: 0 };
  const filters: (SQL | undefined)[] = [eq(stockLevels.tenantId, ctx.tenantId)];
  if (visible) filters.push(inArray(stockLevels.warehouseId, visible));
  if (query.warehouseId) filters.push(eq(stockLevels.warehouseId, query.warehouseId));
  else filters.push(isNull(warehouses.cancelledAt));
  if (query.partId) filters.push(eq(stockLevels.partId, query.partId));
  if (query.q) {
    const like = containing(query.q);
    filters.push(or(ilike(parts.code, like), ilike(parts.name, like)));
  }
  if (query.belowReorder === true)
    filters.push(lte(stockLevels.quantity, stockLevels.reorderLevel));
  const where = and(...filters);
  const from = () =>
    tx
      .select({ id: stockLevels.id })
      .from(stockLevels)
      .innerJoin(warehouses, eq(warehouses.id, stockLevels.warehouseId))
      .innerJoin(parts, eq(parts.id, stockLevels.partId))
      .where(where);
  const [rows, [total]] = await sequentially(
    from()
      .orderBy(asc(warehouses.code), asc(parts.code), asc(stockLevels.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx
      .select({ n: count() })
      .from(stockLevels)
      .innerJoin(warehouses, eq(warehouses.id, stockLevels.warehouseId))
      .innerJoin(parts, eq(parts.id, stockLevels.partId))
      .where(where),
  );
  const items = await stockRowsById(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
