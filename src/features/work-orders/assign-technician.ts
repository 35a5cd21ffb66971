import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { customers } from '../customers';
import { notify } from '../notifications';
import { getWorkOrder } from './get-work-order';
import { assertTechnician } from '../technicians';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';
import { orderLink } from './work-order-notices';

export async function assignTechnician(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: { technicianId: string },
): Promise<WorkOrderDetail> {
  const tech = await assertTechnician(tx, ctx.tenantId, input.technicianId);
  const { after } = await transitionWorkOrder(
    tx,
    ctx,
    id,
    'assign',
    { technicianId: tech.id },
    { technicianName: tech.displayName },
  );
  await notifyAssigned(tx, ctx, after);
  return getWorkOrder(tx, ctx, id);
}

/** Tells the technician an order is now theirs. */
export async function notifyAssigned(
  tx: Tx,
  ctx: RequestContext,
  order: { id: string; number: string; customerId: string; technicianId: string | null },
): Promise<void> {
  if (!order.technicianId) return;
  const [customer] = await tx
    .select({ name: customers.name })
    .from(customers)
    .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, order.customerId)));
  await notify(tx, ctx.tenantId, ctx.clock, {
    event: 'workOrder.assigned',
    params: { number: order.number, customer: customer?.name ?? '' },
    to: { userIds: [order.technicianId] },
    link: orderLink(order.id),
  });
}
