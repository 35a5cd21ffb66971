import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { issueToWorkOrder } from '../inventory';
import type { partView, WorkOrderPartBody } from './on-site.schemas';
import { workOrderParts } from './on-site.table';
import { orderForRecording } from './order-for-recording';

export type PartView = z.infer<typeof partView>;

export function toPartView(row: typeof workOrderParts.$inferSelect): PartView {
  return {
    id: row.id,
    name: row.name,
    partNumber: row.partNumber,
    quantity: row.quantity,
    unitPriceCents: row.unitPriceCents,
    covered: row.covered,
    partId: row.partId,
    serialNumber: row.serialNumber,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A part used on the job, recorded by the assigned technician or the desk until it closes. A
 * catalogue part comes out of the order technician's van (NO_VAN_WAREHOUSE,
 * INSUFFICIENT_STOCK) in the same transaction; the line keeps the serial number of the unit
 * issued, so removing it puts that unit back.
 */
export async function addPart(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: WorkOrderPartBody,
): Promise<PartView> {
  const { order } = await orderForRecording(tx, ctx, id);
  const issued = input.partId
    ? await issueToWorkOrder(tx, ctx, {
        workOrderId: id,
        technicianId: order.technicianId ?? '',
        partId: input.partId,
        quantity: input.quantity,
        serialNumber: input.serialNumber,
      })
    : null;
  const [part] = await tx
    .insert(workOrderParts)
    .values({
      tenantId: ctx.tenantId,
      workOrderId: id,
      partId: input.partId ?? null,
      serialNumber: (input.partId && input.serialNumber) || null,
      name: input.name ?? issued!.name,
      partNumber: input.partNumber || issued?.code || null,
      quantity: input.quantity,
      unitPriceCents: input.unitPriceCents ?? issued!.unitPriceCents,
      covered: input.covered,
      createdBy: ctx.user.id,
      createdAt: ctx.clock.now(),
    })
    .returning();
  const view = toPartView(part!);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'workOrder.addPart',
      objectType: 'workOrder',
      objectId: id,
      after: view,
    },
    ctx.clock,
  );
  return view;
}
