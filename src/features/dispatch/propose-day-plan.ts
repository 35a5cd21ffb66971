import { type Db, inTenant } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { buildDayProblem } from './build-day-problem.rules';
import type { ProposePlanBody, PlanRecordView } from './dispatch.schemas';
import { dispatchPlans } from './dispatch-plans.table';
import { supersedeDrafts } from './supersede-drafts';
import { loadDayContext } from './load-day-context';
import { solveInWorker } from './optimizer';
import { toDayPlan } from './to-day-plan.rules';
import { straightLineEstimator } from './travel.rules';

const ITERATIONS_PER_SECOND = 20_000;

/**
 * Plans a day with the optimiser and keeps it as a draft to review on the board. The search
 * runs in a worker thread outside any transaction, so the app stays responsive meanwhile.
 */
export async function proposeDayPlan(
  db: Db,
  ctx: RequestContext,
  input: ProposePlanBody,
): Promise<PlanRecordView> {
  const context = await inTenant(db, ctx.tenantId, (tx) => loadDayContext(tx, ctx, input.day));
  const locks = new Map(
    input.locks.map((l, index) => [
      l.workOrderId,
      { technicianId: l.technicianId, sequence: index },
    ]),
  );
  const orders = context.orders.map((o) => ({
    ...o,
    lockedTo: locks.get(o.id) ?? (input.keepAssignments ? o.lockedTo : null),
  }));
  const built = buildDayProblem(
    input.day,
    orders,
    context.technicians,
    context.categories,
    straightLineEstimator(),
  );
  // An iteration budget, not the clock, ends the search, so the same day and seed give the
  // same plan on any machine; a day-sized problem runs 40,000–100,000 iterations a second
  // here, and the time limit stays as a cap for a much slower machine.
  const plan = await solveInWorker(built.problem, {
    seed: input.seed,
    maxIterations: Math.round(input.timeLimitSeconds * ITERATIONS_PER_SECOND),
    timeLimitMs: input.timeLimitSeconds * 1000,
  });
  const dayPlan = toDayPlan(input.day, ctx.tenantTimezone, built, plan);
  return inTenant(db, ctx.tenantId, async (tx) => {
    await supersedeDrafts(tx, ctx.tenantId, input.day);
    const [row] = await tx
      .insert(dispatchPlans)
      .values({
        tenantId: ctx.tenantId,
        day: input.day,
        status: 'draft',
        seed: input.seed,
        timeLimitMs: input.timeLimitSeconds * 1000,
        plan: dayPlan,
        createdBy: ctx.user.id,
        createdAt: ctx.clock.now(),
      })
      .returning();
    return {
      id: row!.id,
      day: row!.day,
      status: row!.status,
      createdAt: row!.createdAt.toISOString(),
      plan: row!.plan,
    };
  });
}
