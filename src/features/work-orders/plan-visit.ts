import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { assignTechnician } from './assign-technician';
import { getWorkOrder } from './get-work-order';
import { reassignTechnician } from './reassign-technician';
import type { WorkOrderDetail } from './work-order.schemas';
import { workOrders } from './work-orders.table';

export interface VisitPlacement {
  technicianId: string;
  plannedStart: Date | null;
  routeSequence: number | null;
  /** Why the technician changes, when it does (kept in the reassign event). */
  reason: string;
}

/**
 * Puts an open order in a technician's day: assigns or reassigns it through the transition
 * table when needed (a booked order handed to someone else goes back to "assigned"), then
 * records when the visit should start and its place in the route.
 */
export async function planVisit(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  placement: VisitPlacement,
): Promise<WorkOrderDetail> {
  let order = await getWorkOrder(tx, ctx, id);
  if (order.status === 'new') {
    order = await assignTechnician(tx, ctx, id, { technicianId: placement.technicianId });
  } else if (order.technician?.id !== placement.technicianId) {
    order = await reassignTechnician(tx, ctx, id, {
      technicianId: placement.technicianId,
      reason: placement.reason,
    });
  }
  // A booked visit (time agreed with the customer) keeps its place in the route too.
  if (order.status !== 'assigned' && order.status !== 'scheduled')
    throw new AppError('INVALID_TRANSITION');
  const [updated] = await tx
    .update(workOrders)
    .set({
      plannedStart: placement.plannedStart,
      routeSequence: placement.routeSequence,
      version: order.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(workOrders.tenantId, ctx.tenantId),
        eq(workOrders.id, id),
        eq(workOrders.version, order.version),
      ),
    )
    .returning({ id: workOrders.id });
  if (!updated) throw new AppError('CONFLICT');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'workOrder.plan',
      objectType: 'workOrder',
      objectId: id,
      before: { plannedStart: order.plannedStart, routeSequence: order.routeSequence },
      after: {
        plannedStart: placement.plannedStart?.toISOString() ?? null,
        routeSequence: placement.routeSequence,
        technicianId: placement.technicianId,
      },
    },
    ctx.clock,
  );
  return getWorkOrder(tx, ctx, id);
}
