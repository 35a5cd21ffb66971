import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { actorOf } from '../accounts';
import { planVisit } from '../work-orders';
import { dispatchPlans } from './dispatch-plans.table';
import { supersedeDrafts } from './supersede-drafts';

const REASON = '按日计划调整 / day plan';

/**
 * Applies a reviewed draft in one transaction: every planned order is assigned to its
 * technician with its start time and place in the route. If any order changed since the plan
 * was made, nothing is applied (409) and the dispatcher re-plans.
 */
export async function applyDayPlan(
  tx: Tx,
  ctx: RequestContext,
  planId: string,
): Promise<{ applied: number; day: string }> {
  const [record] = await tx
    .select()
    .from(dispatchPlans)
    .where(and(eq(dispatchPlans.tenantId, ctx.tenantId), eq(dispatchPlans.id, planId)))
    .for('update');
  if (!record) throw new AppError('NOT_FOUND');
  if (record.status !== 'draft') throw new AppError('PLAN_NOT_DRAFT');
  let applied = 0;
  for (const route of record.plan.routes) {
    for (const [index, stop] of route.stops.entries()) {
      await planVisit(tx, ctx, stop.workOrderId, {
        technicianId: route.technicianId,
        plannedStart: new Date(stop.start),
        routeSequence: index + 1,
        reason: REASON,
      });
      applied++;
    }
  }
  const now = ctx.clock.now();
  await tx
    .update(dispatchPlans)
    .set({ status: 'applied', appliedBy: ctx.user.id, appliedAt: now })
    .where(eq(dispatchPlans.id, planId));
  // The applied plan is no longer a draft, so this leaves it alone.
  await supersedeDrafts(tx, ctx.tenantId, record.day);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'dispatchPlan.apply',
      objectType: 'dispatchPlan',
      objectId: planId,
      after: { day: record.day, applied, unplanned: record.plan.unplanned.length },
    },
    ctx.clock,
  );
  return { applied, day: record.day };
}
