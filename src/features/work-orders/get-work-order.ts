import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import { assets, getAssetWarranty, productModels } from '../installed-base';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { allowedActions } from './work-order.machine';
import type { WorkOrderDetail } from './work-order.schemas';
import { visibleWorkOrders } from './visibility';
import { findWorkOrderRow, toListItem } from './work-order-view';

const NO_DEVICE = { asset: null, warranty: null };

/** The order's device and its warranty today; nothing to read for orders without one. */
async function deviceOf(db: Queryable, ctx: RequestContext, assetId: string | null) {
  if (!assetId) return NO_DEVICE;
  const [asset] = await db
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
  return { asset, warranty: await getAssetWarranty(db, ctx.tenantId, assetId, today) };
}

/** One work order the user may see (NOT_FOUND otherwise, also for other tenants' ids). */
export async function getWorkOrder(
  db: Queryable,
  ctx: RequestContext,
  id: string,
): Promise<WorkOrderDetail> {
  const row = await findWorkOrderRow(db, ctx.tenantId, id, visibleWorkOrders(ctx));
  if (!row) throw new AppError('NOT_FOUND');
  const { order } = row;
  return {
    ...toListItem(row),
    hotlineCallId: order.hotlineCallId,
    serviceRequestId: order.serviceRequestId,
    ...(await deviceOf(db, ctx, order.assetId)),
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
    resolution: order.resolution,
    cancelReason: order.cancelReason,
    closedAt: order.closedAt?.toISOString() ?? null,
    version: order.version,
    allowedActions: allowedActions(order, { userId: ctx.user.id, roles: ctx.user.roles }),
  };
}
