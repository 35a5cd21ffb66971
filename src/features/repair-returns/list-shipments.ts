import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { sequentially, type Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { listShipmentsQuery, ShipmentListItem } from './shipment.schemas';
import { repairReturnShipments } from './repair-returns.table';
import { shipmentListItems } from './shipment-views';

/** Shipments to vendors, newest first, by status and vendor. */
export async function listShipments(
  tx: Tx,
  ctx: RequestContext,
  query: z.infer<typeof listShipmentsQuery>,
): Promise<{ items: ShipmentListItem[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(repairReturnShipments.tenantId, ctx.tenantId)];
  if (query.status) filters.push(eq(repairReturnShipments.status, query.status));
  if (query.vendorId) filters.push(eq(repairReturnShipments.vendorId, query.vendorId));
  const where = and(...filters);
  const [page, [total]] = await sequentially(
    tx
      .select({ id: repairReturnShipments.id })
      .from(repairReturnShipments)
      .where(where)
      .orderBy(desc(repairReturnShipments.createdAt), desc(repairReturnShipments.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(repairReturnShipments).where(where),
  );
  const items = await shipmentListItems(
    tx,
    ctx.tenantId,
    page.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
