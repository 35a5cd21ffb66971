import { and, eq, inArray } from 'drizzle-orm';
import { type Tx, sequentially } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { getAssetWarranties } from '../installed-base';
import { workOrders } from '../work-orders/work-orders.table';
import { findDuplicates } from './find-duplicates';
import { getServiceRequests } from './get-service-request';
import type { ServiceRequestListItem } from './service-request.schemas';
import { serviceRequests } from './service-requests.table';

/**
 * Requests as the queue shows them, in the order of `ids`: today's warranty, duplicate hints
 * and linked numbers are each one query for the whole page, never one per row.
 */
export async function serviceRequestItems(
  tx: Tx,
  ctx: Pick<RequestContext, 'tenantId' | 'tenantTimezone' | 'clock'>,
  ids: readonly string[],
): Promise<ServiceRequestListItem[]> {
  const views = await getServiceRequests(tx, ctx.tenantId, ids);
  if (views.length === 0) return [];
  const today = localDay(ctx.clock.now(), ctx.tenantTimezone);
  const warranties = await getAssetWarranties(
    tx,
    ctx.tenantId,
    views.flatMap((v) => v.asset?.id ?? []),
    today,
  );
  const duplicates = await findDuplicates(
    tx,
    ctx.tenantId,
    views.map((v) => ({
      id: v.id,
      assetId: v.asset?.id ?? null,
      customerId: v.customer.id,
      departmentId: v.department?.id ?? null,
      contactPhone: v.contactPhone,
      createdAt: new Date(v.createdAt),
    })),
  );
  const orderIds = views.flatMap((v) => v.workOrderId ?? []);
  const mergedIds = views.flatMap((v) => v.mergedIntoId ?? []);
  const [orders, targets] = await sequentially(
    orderIds.length
      ? tx
          .select({ id: workOrders.id, number: workOrders.number })
          .from(workOrders)
          .where(and(eq(workOrders.tenantId, ctx.tenantId), inArray(workOrders.id, orderIds)))
      : Promise.resolve([]),
    mergedIds.length
      ? tx
          .select({ id: serviceRequests.id, number: serviceRequests.number })
          .from(serviceRequests)
          .where(
            and(eq(serviceRequests.tenantId, ctx.tenantId), inArray(serviceRequests.id, mergedIds)),
          )
      : Promise.resolve([]),
  );
  const numberOf = (rows: { id: string; number: string }[], id: string | null) =>
    rows.find((r) => r.id === id)?.number ?? null;
  return views.map((v) => ({
    ...v,
    warrantyToday: v.asset ? (warranties.get(v.asset.id) ?? null) : null,
    photoCount: v.photoIds.length,
    duplicates: duplicates.get(v.id) ?? [],
    workOrderNumber: numberOf(orders, v.workOrderId),
    mergedIntoNumber: numberOf(targets, v.mergedIntoId),
  }));
}
