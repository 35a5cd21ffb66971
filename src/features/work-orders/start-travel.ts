import { and, desc, eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { getWorkOrder } from './get-work-order';
import type { startTravelBody } from './on-site.schemas';
import { carRequests, workOrderVisits } from './on-site.table';
import { checkTravelMode } from './travel-mode.rules';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/** The car request this trip uses: the one named, else the order's latest approved one. */
async function carRequestFor(tx: Tx, ctx: RequestContext, orderId: string, requestId?: string) {
  const [request] = await tx
    .select({ id: carRequests.id, status: carRequests.status })
    .from(carRequests)
    .where(
      and(
        eq(carRequests.tenantId, ctx.tenantId),
        eq(carRequests.workOrderId, orderId),
        requestId ? eq(carRequests.id, requestId) : eq(carRequests.status, 'approved'),
      ),
    )
    .orderBy(desc(carRequests.createdAt))
    .limit(1);
  return request ?? null;
}

/**
 * The technician sets off: a new visit records how they travel (travel-mode.rules). The move
 * is checked first; a refused mode then rolls the whole step back. An approved company-car
 * request is used up by the trip.
 */
export async function startTravel(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof startTravelBody>,
): Promise<WorkOrderDetail> {
  const { after: order } = await transitionWorkOrder(
    tx,
    ctx,
    id,
    'start_travel',
    {},
    { travelMode: input.mode, travelReason: input.reason ?? null },
  );
  const car =
    input.mode === 'company_car' ? await carRequestFor(tx, ctx, id, input.carRequestId) : null;
  const refusal = checkTravelMode({
    mode: input.mode,
    urgency: order.urgency,
    reason: input.reason,
    carRequestStatus: car?.status ?? null,
  });
  if (refusal) throw new AppError(refusal);
  if (car) {
    const used = await tx
      .update(carRequests)
      .set({ status: 'used' })
      .where(
        and(
          eq(carRequests.tenantId, ctx.tenantId),
          eq(carRequests.id, car.id),
          eq(carRequests.status, 'approved'),
        ),
      )
      .returning({ id: carRequests.id });
    if (used.length === 0) throw new AppError('CAR_NOT_APPROVED');
  }
  const [last] = await tx
    .select({ seq: max(workOrderVisits.seq) })
    .from(workOrderVisits)
    .where(and(eq(workOrderVisits.tenantId, ctx.tenantId), eq(workOrderVisits.workOrderId, id)));
  await tx.insert(workOrderVisits).values({
    tenantId: ctx.tenantId,
    workOrderId: id,
    seq: (last?.seq ?? 0) + 1,
    technicianId: ctx.user.id,
    travelMode: input.mode,
    travelReason: input.reason || null,
    carRequestId: car?.id ?? null,
    travelStartedAt: ctx.clock.now(),
    createdAt: ctx.clock.now(),
  });
  return getWorkOrder(tx, ctx, id);
}
