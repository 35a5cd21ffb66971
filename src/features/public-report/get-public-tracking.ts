import { and, eq } from 'drizzle-orm';
import { type Db, inTenant, type Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { assets, productModels } from '../installed-base';
import { serviceRequests } from '../intake';
import { workOrders } from '../work-orders';
import type { PublicTrackingView } from './public-report.schemas';
import { resolvePublicTarget } from './resolve-public-target';
import { trackingStageOf, trackingSteps } from './tracking-stage.rules';

/** Merges chain rarely; the bound only guards against a cycle written by mistake. */
const MAX_MERGE_HOPS = 5;

/**
 * The progress of a report for whoever holds its tracking link. A request merged into another
 * follows that one (the reporter's fault is handled there). Names, phones and the technician
 * never appear; the reject reason is shown because the desk writes it for the reporter.
 */
export async function getPublicTracking(db: Db, token: string): Promise<PublicTrackingView> {
  const { tenant, targetId } = await resolvePublicTarget(db, 'tracking', token);
  return inTenant(db, tenant.id, async (tx) => {
    const own = await loadRequest(tx, tenant.id, targetId);
    if (!own) throw new AppError('NOT_FOUND');
    let current = own;
    for (let hop = 0; hop < MAX_MERGE_HOPS && current.status === 'merged'; hop++) {
      const next = current.mergedIntoId && (await loadRequest(tx, tenant.id, current.mergedIntoId));
      if (!next) break;
      current = next;
    }
    const [order] = current.workOrderId
      ? await tx
          .select({
            status: workOrders.status,
            createdAt: workOrders.createdAt,
            closedAt: workOrders.closedAt,
            cancelledAt: workOrders.cancelledAt,
          })
          .from(workOrders)
          .where(and(eq(workOrders.tenantId, tenant.id), eq(workOrders.id, current.workOrderId)))
      : [];
    const stage = trackingStageOf(current.status, order?.status ?? null);
    const [device] = own.assetId
      ? await tx
          .select({ modelName: productModels.name, serialNumber: assets.serialNumber })
          .from(assets)
          .innerJoin(productModels, eq(productModels.id, assets.modelId))
          .where(and(eq(assets.tenantId, tenant.id), eq(assets.id, own.assetId)))
      : [];
    return {
      number: own.number,
      createdAt: own.createdAt.toISOString(),
      stage,
      steps: trackingSteps(stage, {
        receivedAt: own.createdAt,
        dispatchedAt: order?.createdAt ?? null,
        decidedAt: current.decidedAt,
        closedAt: order?.closedAt ?? null,
        cancelledAt: order?.cancelledAt ?? null,
      }),
      rejectReason: stage === 'rejected' ? (current.rejectReason ?? null) : null,
      device: device ?? null,
      company: { name: tenant.name, hotline: tenant.hotline },
    };
  });
}

async function loadRequest(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select({
      number: serviceRequests.number,
      status: serviceRequests.status,
      assetId: serviceRequests.assetId,
      workOrderId: serviceRequests.workOrderId,
      mergedIntoId: serviceRequests.mergedIntoId,
      rejectReason: serviceRequests.rejectReason,
      decidedAt: serviceRequests.decidedAt,
      createdAt: serviceRequests.createdAt,
    })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.tenantId, tenantId), eq(serviceRequests.id, id)));
  return row ?? null;
}
