import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { notify } from '../notifications';
import { carRequestViews } from './car-request-views';
import type { carRequestBody, CarRequestListItem } from './on-site.schemas';
import { carRequests } from './on-site.table';
import { visibleWorkOrders } from './visibility';
import type { WorkOrderStatus } from './work-order.states';
import { findWorkOrderRow } from './work-order-view';
import { DISPATCHERS, orderLink } from './work-order-notices';

/** Before the technician sets off: the states in which a trip is still ahead. */
const BEFORE_TRAVEL: readonly WorkOrderStatus[] = ['assigned', 'scheduled', 'awaiting_revisit'];

/**
 * The assigned technician asks for the company car for this order; the dispatchers are told
 * and decide. One request at a time: another waits until this one is declined or used.
 */
export async function requestCar(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof carRequestBody>,
): Promise<CarRequestListItem> {
  const row = await findWorkOrderRow(tx, ctx.tenantId, id, visibleWorkOrders(ctx));
  if (!row) throw new AppError('NOT_FOUND');
  const { order } = row;
  if (order.technicianId !== ctx.user.id) throw new AppError('FORBIDDEN');
  if (!BEFORE_TRAVEL.includes(order.status)) throw new AppError('INVALID_TRANSITION');
  const open = await tx
    .select({ id: carRequests.id })
    .from(carRequests)
    .where(
      and(
        eq(carRequests.tenantId, ctx.tenantId),
        eq(carRequests.workOrderId, id),
        inArray(carRequests.status, ['requested', 'approved']),
      ),
    );
  if (open.length > 0) throw new AppError('CAR_REQUEST_PENDING');
  const [created] = await tx
    .insert(carRequests)
    .values({
      tenantId: ctx.tenantId,
      workOrderId: id,
      requestedBy: ctx.user.id,
      reason: input.reason,
      status: 'requested',
      createdAt: ctx.clock.now(),
    })
    .returning({ id: carRequests.id });
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'workOrder.requestCar',
      objectType: 'workOrder',
      objectId: id,
      after: { carRequestId: created!.id, reason: input.reason },
    },
    ctx.clock,
  );
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.carRequested',
    params: { number: order.number, technician: ctx.user.displayName, reason: input.reason },
    to: { roles: DISPATCHERS },
    link: orderLink(id),
  });
  const [view] = await carRequestViews(tx, ctx.tenantId, eq(carRequests.id, created!.id));
  return view!;
}
