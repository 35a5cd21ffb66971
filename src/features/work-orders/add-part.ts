import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { partBody, partView } from './on-site.schemas';
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
    createdAt: row.createdAt.toISOString(),
  };
}

/** A part used on the job, recorded by the assigned technician or the desk until it closes. */
export async function addPart(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof partBody>,
): Promise<PartView> {
  await orderForRecording(tx, ctx, id);
  const [part] = await tx
    .insert(workOrderParts)
    .values({
      tenantId: ctx.tenantId,
      workOrderId: id,
      name: input.name,
      partNumber: input.partNumber || null,
      quantity: input.quantity,
      unitPriceCents: input.unitPriceCents,
      covered: input.covered,
      createdBy: ctx.user.id,
      createdAt: ctx.clock.now(),
    })
    .returning();
  const view = toPartView(part!);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    { action: 'workOrder.addPart', objectType: 'workOrder', objectId: id, after: view },
    ctx.clock,
  );
  return view;
}
