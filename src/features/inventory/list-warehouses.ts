import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { findVan } from './inventory-references';
import type { ListWarehousesQuery, WarehouseView } from './inventory.schemas';
import { warehouses } from './inventory.table';
import { getWarehouse, warehouseViews } from './warehouse-view';

/** Every warehouse by code (few per tenant: no paging). */
export async function listWarehouses(
  tx: Tx,
  ctx: RequestContext,
  query: ListWarehousesQuery,
): Promise<WarehouseView[]> {
  const filters: (SQL | undefined)[] = [eq(warehouses.tenantId, ctx.tenantId)];
  if (!query.includeCancelled) filters.push(isNull(warehouses.cancelledAt));
  if (query.kind) filters.push(eq(warehouses.kind, query.kind));
  const rows = await tx
    .select({ id: warehouses.id })
    .from(warehouses)
    .where(and(...filters))
    .orderBy(asc(warehouses.code), asc(warehouses.id));
  return warehouseViews(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
}

/** The signed-in technician's van, or NOT_FOUND. */
export async function getMyVan(tx: Tx, ctx: RequestContext): Promise<WarehouseView> {
  const [van] = await findVan(tx, ctx.tenantId, ctx.user.id);
  if (!van) throw new AppError('NOT_FOUND');
  return getWarehouse(tx, ctx.tenantId, van.id);
}
