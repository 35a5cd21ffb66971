import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import { assets, getAssetWarranty, productModels } from '../installed-base';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { getServiceClocks, type ServiceClockView } from '../sla';
import { approvalNeededFor } from './approval-needed';
import { nextDeadline } from './next-deadline.rules';
import { allowedActions } from './work-order.machine';
import type { WorkOrderDetail } from './work-order.schemas';
import { visibleWorkOrders } from './visibility';
import { findWorkOrderRow, toListItem, type WorkOrderRow } from './work-order-view';

const NO_DEVICE = { asset: null, warranty: null };

type Device = Awaited<ReturnType<typeof deviceOf>>;

/** The order's device and its warranty today; nothing to read for orders without one. */
export async function deviceOf(tx: Tx, ctx: RequestContext, assetId: string | null) {
  if (!assetId) return NO_DEVICE;
  const [asset] = await tx
    .select({
      id: assets.id,
      serialNumber: assets.serialNumber,
      modelCode: productModels.code,
      modelName: productModels.name,
    })
    .from(assets)
    .innerJoin(productModels, eq(productModels.id, assets.modelId))
    .where(and(eq(assets.tenantId, ctx.tenantId), eq(assets.id, assetId)));
  if (!asset) return NO_DEVICE;
  const today = localDay(ctx.clock.now(), ctx.tenantTimezone);
  return { asset, warranty: await getAssetWarranty(tx, ctx.tenantId, assetId, today) };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * One work order the user may see (NOT_FOUND otherwise, also for other tenants' ids).
 * `afterHandOver` reads it once more for the technician who just handed it on and so no
 * longer sees it: their step's reply, not a way to browse.
 */
export async function getWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  { afterHandOver = false } = {},
): Promise<WorkOrderDetail> {
  const visibility = afterHandOver ? undefined : visibleWorkOrders(ctx);
  const row = await findWorkOrderRow(tx, ctx.tenantId, id, visibility);
  if (!row) throw new AppError('NOT_FOUND');
  const device = await deviceOf(tx, ctx, row.order.assetId);
  const approvalNeeded = await approvalNeededFor(
    tx,
    ctx,
    row.order,
    device.warranty?.state ?? null,
  );
  const serviceClocks = (await getServiceClocks(tx, ctx, [id])).get(id) ?? [];
  return workOrderDetail(ctx, row, device, approvalNeeded, serviceClocks);
}

/** The detail of an order from what was read of it: one shape for every reply that shows it. */
export function workOrderDetail(
  ctx: RequestContext,
  row: WorkOrderRow,
  device: Device,
  approvalNeeded: boolean,
  serviceClocks: ServiceClockView[],
): WorkOrderDetail {
  const { order } = row;
  return {
    ...toListItem(row, nextDeadline(serviceClocks)),
    hotlineCallId: order.hotlineCallId,
    serviceRequestId: order.serviceRequestId,
    ...device,
    categoryId: order.categoryId,
    requiredLevel: order.requiredLevel,
    estimatedMinutes: order.estimatedMinutes,
    location: order.lat !== null && order.lng !== null ? { lat: order.lat, lng: order.lng } : null,
    window:
      order.windowStart && order.windowEnd
        ? {
            start: order.windowStart.toISOString(),
            end: order.windowEnd.toISOString(),
            agreed: order.windowAgreed,
          }
        : null,
    contactName: order.contactName,
    deviceDescription: order.deviceDescription,
    address: row.customerAddress,
    contactedAt: iso(order.contactedAt),
    confirmedFault: order.confirmedFault,
    diagnosis: order.diagnosis,
    quoteId: order.quoteId,
    quoteDecision: order.quoteDecision,
    revisitReason: order.revisitReason,
    resolvedAt: iso(order.resolvedAt),
    approvalNeeded,
    serviceClocks,
    resolution: order.resolution,
    cancelReason: order.cancelReason,
    closedAt: iso(order.closedAt),
    version: order.version,
    allowedActions: allowedActions(
      { ...order, approvalNeeded },
      { userId: ctx.user.id, roles: ctx.user.roles },
    ),
  };
}
