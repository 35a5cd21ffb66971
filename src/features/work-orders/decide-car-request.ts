import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { notify } from '../notifications';
import { carRequestViews } from './car-request-views';
import type { carDecisionBody, CarRequestListItem } from './on-site.schemas';
import { carRequests } from './on-site.table';
import { orderLink } from './work-order-notices';

/**
 * The dispatcher approves or declines a car request, once (a second decision is refused);
 * the technician who asked is told.
 */
export async function decideCarRequest(
  tx: Tx,
  ctx: RequestContext,
  requestId: string,
  input: z.infer<typeof carDecisionBody>,
): Promise<CarRequestListItem> {
  const [before] = await carRequestViews(tx, ctx.tenantId, eq(carRequests.id, requestId));
  if (!before) throw new AppError('NOT_FOUND');
  const decision = input.approve ? 'approved' : 'declined';
  const [decided] = await tx
    .update(carRequests)
    .set({
      status: decision,
      decidedBy: ctx.user.id,
      decidedAt: ctx.clock.now(),
      decisionNote: input.note || null,
    })
    .where(
      and(
        eq(carRequests.tenantId, ctx.tenantId),
        eq(carRequests.id, requestId),
        eq(carRequests.status, 'requested'),
      ),
    )
    .returning({ id: carRequests.id });
  if (!decided) throw new AppError('CAR_REQUEST_DECIDED');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'workOrder.decideCar',
      objectType: 'workOrder',
      objectId: before.workOrderId,
      before: { carRequestId: requestId, status: before.status },
      after: { carRequestId: requestId, status: decision, note: input.note ?? null },
    },
    ctx.clock,
  );
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.carDecided',
    params: { number: before.workOrderNumber, decision },
    to: { userIds: [before.requestedBy.id] },
    link: orderLink(before.workOrderId),
  });
  const [view] = await carRequestViews(tx, ctx.tenantId, eq(carRequests.id, requestId));
  return view!;
}
