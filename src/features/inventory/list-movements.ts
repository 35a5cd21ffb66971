import { and, count, desc, eq, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { ListMovementsQuery, MovementView } from './inventory.schemas';
import { stockMovements } from './inventory.table';
import { movementViews } from './movement-view';
import { visibleWarehouseIds } from './stock-visibility';

/** Midnight at the start of a YYYY-MM-DD day in the tenant's zone. */
const dayStart = (day: string, timeZone: string) =>
  sql`(${day}::date::timestamp AT TIME ZONE ${timeZone})`;

const touching = (warehouseIds: string[]) =>
  or(
    inArray(stockMovements.fromWarehouseId, warehouseIds),
    inArray(stockMovements.toWarehouseId, warehouseIds),
  );

/** The stock ledger, newest first; a technician sees only what moved in or out of their van. */
export async function listMovements(
  tx: Tx,
  ctx: RequestContext,
  query: ListMovementsQuery,
): Promise<{ items: MovementView[]; total: number }> {
  const visible = await visibleWarehouseIds(tx, ctx);
  if (visible?.length === 0) return { items: [], total: 0 };
  const filters: (SQL | undefined)[] = [eq(stockMovements.tenantId, ctx.tenantId)];
  if (visible) filters.push(touching(visible));
  if (query.warehouseId) filters.push(touching([query.warehouseId]));
  if (query.partId) filters.push(eq(stockMovements.partId, query.partId));
  if (query.kind) filters.push(eq(stockMovements.kind, query.kind));
  if (query.workOrderId) filters.push(eq(stockMovements.workOrderId, query.workOrderId));
  if (query.from) filters.push(gte(stockMovements.at, dayStart(query.from, ctx.tenantTimezone)));
  if (query.to)
    filters.push(
      lt(stockMovements.at, sql`${dayStart(query.to, ctx.tenantTimezone)} + interval '1 day'`),
    );
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select({ id: stockMovements.id })
      .from(stockMovements)
      .where(where)
      .orderBy(desc(stockMovements.at), desc(stockMovements.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(stockMovements).where(where),
  );
  const items = await movementViews(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
