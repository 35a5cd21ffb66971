import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { returnFromWorkOrder } from '../inventory';
import { type PartView, toPartView } from './add-part';
import { workOrderParts } from './on-site.table';
import { orderForRecording } from './order-for-recording';

/**
 * A part recorded by mistake comes off the job before the order closes (the audit keeps it); a
 * catalogue part goes back into the order technician's van. Answers with the part removed,
 * which an Idempotency-Key replay of the removal gets again.
 */
export async function removePart(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  partId: string,
): Promise<PartView> {
  const { order } = await orderForRecording(tx, ctx, id);
  const [removed] = await tx
    .delete(workOrderParts)
    .where(
      and(
        eq(workOrderParts.tenantId, ctx.tenantId),
        eq(workOrderParts.workOrderId, id),
        eq(workOrderParts.id, partId),
      ),
    )
    .returning();
  if (!removed) throw new AppError('NOT_FOUND');
  if (removed.partId)
    await returnFromWorkOrder(tx, ctx, {
      workOrderId: id,
      technicianId: order.technicianId ?? '',
      partId: removed.partId,
      quantity: removed.quantity,
      serialNumber: removed.serialNumber ?? undefined,
    });
  const view = toPartView(removed);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'workOrder.removePart',
      objectType: 'workOrder',
      objectId: id,
      before: view,
    },
    ctx.clock,
  );
  return view;
}
