import { and, desc, eq } from 'drizzle-orm';
import { type Tx, sequentially } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { serviceRequests } from '../intake/service-requests.table';
import { workOrders } from '../work-orders/work-orders.table';
import type { AssetHistory, AssetHistoryEntry } from './asset.schemas';
import { assets } from './installed-base.table';

/**
 * The unit's whole service history, newest first: every service request reported for it and
 * every work order done on it. Repair returns (物品返修) join this list once that area exists.
 */
export async function getAssetHistory(
  tx: Tx,
  ctx: RequestContext,
  assetId: string,
): Promise<AssetHistory> {
  const [asset] = await tx
    .select({ id: assets.id })
    .from(assets)
    .where(and(eq(assets.tenantId, ctx.tenantId), eq(assets.id, assetId)));
  if (!asset) throw new AppError('NOT_FOUND');
  const [requests, orders] = await sequentially(
    tx
      .select()
      .from(serviceRequests)
      .where(and(eq(serviceRequests.tenantId, ctx.tenantId), eq(serviceRequests.assetId, assetId)))
      .orderBy(desc(serviceRequests.createdAt)),
    tx
      .select()
      .from(workOrders)
      .where(and(eq(workOrders.tenantId, ctx.tenantId), eq(workOrders.assetId, assetId)))
      .orderBy(desc(workOrders.createdAt)),
  );
  const entries: AssetHistoryEntry[] = [
    ...requests.map((r) => ({
      kind: 'service_request' as const,
      id: r.id,
      number: r.number,
      at: r.createdAt.toISOString(),
      status: r.status,
      summary: r.faultDescription,
      workOrderId: r.workOrderId,
    })),
    ...orders.map((o) => ({
      kind: 'work_order' as const,
      id: o.id,
      number: o.number,
      at: o.createdAt.toISOString(),
      status: o.status,
      summary: o.resolution ?? o.faultDescription,
      workOrderId: o.id,
    })),
  ];
  // ISO instants in UTC sort as text; the number breaks ties the same way every time.
  entries.sort((a, b) => (a.at === b.at ? b.number.localeCompare(a.number) : a.at < b.at ? 1 : -1));
  return { entries };
}
