import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { findOpenVisit } from './apply-transition-effects';
import { uncheckedItems } from './arrival-checklist.rules';
import { getServiceSettings } from './get-service-settings';
import { getWorkOrder } from './get-work-order';
import type { arriveBody } from './on-site.schemas';
import { workOrderVisits } from './on-site.table';
import { transitionWorkOrder } from './transition-work-order';
import type { WorkOrderDetail } from './work-order.schemas';

/**
 * Arrived: every item of the tenant's arrival checklist ticked (else nothing is recorded and
 * the missing items are named), the arrival time and the travel cost kept with the visit; the
 * on-site clock is met.
 */
export async function arriveOnSite(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof arriveBody>,
): Promise<WorkOrderDetail> {
  await transitionWorkOrder(
    tx,
    ctx,
    id,
    'arrive',
    {},
    { travelCostCents: input.travelCostCents ?? null },
  );
  const { arrivalChecklist } = await getServiceSettings(tx, ctx.tenantId);
  const missing = uncheckedItems(arrivalChecklist, input.checklist);
  if (missing.length > 0) throw new AppError('CHECKLIST_INCOMPLETE', { items: missing.join('、') });
  const visit = await findOpenVisit(tx, ctx.tenantId, id);
  if (!visit) throw new AppError('CONFLICT');
  await tx
    .update(workOrderVisits)
    .set({
      arrivedAt: ctx.clock.now(),
      checklist: arrivalChecklist.map((item) => ({ item, checked: true })),
      travelCostCents: input.travelCostCents ?? null,
    })
    .where(and(eq(workOrderVisits.tenantId, ctx.tenantId), eq(workOrderVisits.id, visit.id)));
  return getWorkOrder(tx, ctx, id);
}
