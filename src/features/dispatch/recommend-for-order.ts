import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { getWorkOrder, workOrders } from '../work-orders';
import { loadDayContext } from './load-day-context';
import { localDay } from '../../platform/numbering/next-number';
import { type Recommendation, recommendTechnicians } from './recommend.rules';
import { straightLineEstimator } from './travel.rules';

/** Technicians for one order, best first, with the reasons; the ineligible say why not. */
export async function recommendForOrder(
  tx: Tx,
  ctx: RequestContext,
  workOrderId: string,
): Promise<Recommendation[]> {
  const order = await getWorkOrder(tx, ctx, workOrderId);
  if (order.status !== 'new' && order.status !== 'assigned')
    throw new AppError('INVALID_TRANSITION');
  const now = ctx.clock.now();
  const day = localDay(now, ctx.tenantTimezone);
  const context = await loadDayContext(tx, ctx, day);
  const category = context.categories.find((c) => c.id === order.categoryId) ?? null;
  const loads = await tx
    .select({ technicianId: workOrders.technicianId, minutes: workOrders.estimatedMinutes })
    .from(workOrders)
    .where(and(eq(workOrders.tenantId, ctx.tenantId), inArray(workOrders.status, ['assigned'])));
  const candidates = context.technicians.map((t) => {
    const mine = loads.filter((l) => l.technicianId === t.facts.id);
    return {
      tech: t.facts,
      position: t.start,
      loadMinutes: mine.reduce((sum, l) => sum + (l.minutes ?? 60), 0),
      openOrders: mine.length,
    };
  });
  const job = {
    category,
    requiredLevel: order.requiredLevel,
    urgency: order.urgency,
    location: order.location,
    ageMinutes: Math.max(0, (now.getTime() - Date.parse(order.createdAt)) / 60_000),
  };
  return recommendTechnicians(job, candidates, day, straightLineEstimator());
}
