import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { PlanOrder } from './day-plan.model';
import type { BoardJob, BoardView } from './dispatch.schemas';
import { dispatchPlans } from './dispatch-plans.table';
import { ineligibilities } from './eligibility.rules';
import { loadDayContext } from './load-day-context';
import { instantAt } from './local-time.rules';

/** The dispatcher's board for a day: each technician's route, the unassigned, the latest draft. */
export async function getDispatchBoard(
  tx: Tx,
  ctx: RequestContext,
  day: string,
): Promise<BoardView> {
  const context = await loadDayContext(tx, ctx, day);
  const { placements } = context;
  const at = (minutes: number) => instantAt(day, minutes, ctx.tenantTimezone).toISOString();
  const job = (order: PlanOrder): BoardJob => {
    const placed = placements.get(order.id);
    const end = placed?.plannedStart
      ? new Date(placed.plannedStart.getTime() + order.serviceMinutes * 60_000).toISOString()
      : null;
    return {
      workOrderId: order.id,
      number: order.number,
      customerName: order.customerName,
      urgency: placed?.urgency ?? 'normal',
      categoryName: order.category?.name ?? null,
      plannedStart: placed?.plannedStart?.toISOString() ?? null,
      plannedEnd: end,
      minutes: order.serviceMinutes,
      window: order.window
        ? { start: at(order.window.start), end: at(order.window.end), agreed: order.window.agreed }
        : null,
      hasLocation: order.location !== null,
    };
  };
  const byRoute = (a: PlanOrder, b: PlanOrder) => {
    const pa = placements.get(a.id);
    const pb = placements.get(b.id);
    return (
      (pa?.routeSequence ?? 1e9) - (pb?.routeSequence ?? 1e9) ||
      (pa?.plannedStart?.getTime() ?? 0) - (pb?.plannedStart?.getTime() ?? 0)
    );
  };
  const technicians = context.technicians.map((t) => {
    const off = ineligibilities(t.facts, { category: null, requiredLevel: 1 }, day)[0] ?? null;
    return {
      id: t.facts.id,
      name: t.facts.name,
      shiftStart: at(t.shiftStart),
      shiftEnd: at(t.shiftEnd),
      off: off ? { zh: off.zh, en: off.en } : null,
      jobs: context.orders
        .filter((o) => o.lockedTo?.technicianId === t.facts.id)
        .sort(byRoute)
        .map(job),
    };
  });
  const [draft] = await tx
    .select()
    .from(dispatchPlans)
    .where(
      and(
        eq(dispatchPlans.tenantId, ctx.tenantId),
        eq(dispatchPlans.day, day),
        eq(dispatchPlans.status, 'draft'),
      ),
    )
    .orderBy(desc(dispatchPlans.createdAt))
    .limit(1);
  return {
    day,
    technicians,
    unassigned: context.orders.filter((o) => !o.lockedTo).map(job),
    draft: draft
      ? {
          id: draft.id,
          day: draft.day,
          status: draft.status,
          createdAt: draft.createdAt.toISOString(),
          plan: draft.plan,
        }
      : null,
  };
}
