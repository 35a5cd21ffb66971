import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { type PartView, toPartView } from './add-part';
import { workOrderParts } from './on-site.table';
import { orderForRecording } from './order-for-recording';

/**
 * A part recorded by mistake comes off the job before the order closes (the audit keeps it).
 * Answers with the part removed, which an Idempotency-Key replay of the removal gets again.
 */
export async function removePart(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  partId: string,
): Promise<PartView> {
  await orderForRecording(tx, ctx, id);
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
