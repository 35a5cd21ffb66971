import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { notifyAssigned } from './assign-technician';
import { getWorkOrder } from './get-work-order';
import { assertTechnician } from '../technicians';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

export async function reassignTechnician(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: { technicianId: string; reason: string },
): Promise<WorkOrderDetail> {
  const tech = await assertTechnician(tx, ctx.tenantId, input.technicianId);
  const { before, after } = await transitionWorkOrder(
    tx,
    ctx,
    id,
    'reassign',
    { technicianId: tech.id },
    { technicianName: tech.displayName, reason: input.reason },
  );
  if (before.technicianId !== after.technicianId) await notifyAssigned(tx, ctx, after);
  return getWorkOrder(tx, ctx, id);
}
