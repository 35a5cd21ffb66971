import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { getWorkOrder } from './get-work-order';
import type { appointmentBody, WorkOrderDetail } from './work-order.schemas';
import { workOrders } from './work-orders.table';

/** Records the visit window (agreed with the customer, or preferred) and the effort expected. */
export async function setAppointment(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof appointmentBody>,
): Promise<WorkOrderDetail> {
  const before = await getWorkOrder(tx, ctx, id);
  const [updated] = await tx
    .update(workOrders)
    .set({
      windowStart: new Date(input.start),
      windowEnd: new Date(input.end),
      windowAgreed: input.agreed,
      estimatedMinutes: input.estimatedMinutes ?? before.estimatedMinutes,
      requiredLevel: input.requiredLevel ?? before.requiredLevel,
      version: before.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(workOrders.tenantId, ctx.tenantId),
        eq(workOrders.id, id),
        eq(workOrders.version, before.version),
        inArray(workOrders.status, ['new', 'assigned']),
      ),
    )
    .returning({ id: workOrders.id });
  if (!updated)
    throw new AppError(
      before.status === 'closed' || before.status === 'cancelled'
        ? 'CANNOT_CHANGE_CLOSED'
        : 'CONFLICT',
    );
  const after = await getWorkOrder(tx, ctx, id);
  const pick = (o: WorkOrderDetail) => ({
    window: o.window,
    estimatedMinutes: o.estimatedMinutes,
    requiredLevel: o.requiredLevel,
  });
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'workOrder.appointment',
      objectType: 'workOrder',
      objectId: id,
      before: pick(before),
      after: pick(after),
    },
    ctx.clock,
  );
  return after;
}
