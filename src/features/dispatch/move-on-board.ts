import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { planVisit } from '../work-orders';
import { buildDayProblem } from './build-day-problem.rules';
import type { BoardView } from './dispatch.schemas';
import { ineligibilities } from './eligibility.rules';
import { getDispatchBoard } from './get-dispatch-board';
import { loadDayContext } from './load-day-context';
import { instantAt } from './local-time.rules';
import { checkSolution, type ViolationKind } from './optimizer';
import { timeRoute } from './time-route.rules';
import { straightLineEstimator } from './travel.rules';

const VIOLATIONS: Partial<Record<ViolationKind, { zh: string; en: string }>> = {
  'time-window': { zh: '无法在约定时间内到达', en: 'cannot arrive within an agreed window' },
  'shift-end': {
    zh: '超出当班时间（含返程）',
    en: 'runs past the end of the shift, way back included',
  },
  skills: { zh: '技能或证书不符', en: 'skill or certificate missing' },
};

function refuse(reasons: { zh: string; en: string }[]): never {
  throw new AppError('NOT_ELIGIBLE', {
    reasonsZh: reasons.map((r) => r.zh).join('；'),
    reasonsEn: reasons.map((r) => r.en).join('; '),
  });
}

/**
 * A drag on the board: puts an order at a place in a technician's day, if that day still
 * works — skills, certificates, shift (way back included) and agreed windows — and re-times
 * the route. Refused moves change nothing and say why.
 */
export async function moveOnBoard(
  tx: Tx,
  ctx: RequestContext,
  input: { day: string; workOrderId: string; technicianId: string; position: number },
): Promise<BoardView> {
  const context = await loadDayContext(tx, ctx, input.day);
  const order = context.orders.find((o) => o.id === input.workOrderId);
  if (!order) throw new AppError('NOT_FOUND');
  const tech = context.technicians.find((t) => t.facts.id === input.technicianId);
  if (!tech) throw new AppError('NOT_A_TECHNICIAN');
  const reasons = ineligibilities(tech.facts, order, input.day);
  if (reasons.length > 0) refuse(reasons);
  if (!tech.base)
    refuse([{ zh: '维修人员没有设置常驻地点', en: 'the technician has no base location' }]);
  if (!order.location) refuse([{ zh: '客户地址没有坐标', en: 'the site has no coordinates' }]);

  const { placements } = context;
  const rank = (id: string) => placements.get(id)?.routeSequence ?? 1e9;
  const route = context.orders
    .filter((o) => o.lockedTo?.technicianId === tech.facts.id && o.id !== order.id)
    .sort((a, b) => rank(a.id) - rank(b.id));
  route.splice(Math.min(input.position, route.length), 0, order);

  const built = buildDayProblem(
    input.day,
    route.map((o) => ({ ...o, lockedTo: null })),
    [tech],
    context.categories,
    straightLineEstimator(),
  );
  const ids = route.map((o) => o.id);
  const check = checkSolution(built.problem, {
    routes: [{ vehicleId: tech.facts.id, stops: ids.map((jobId) => ({ jobId })) }],
  });
  const problems = [...new Set(check.violations.map((v) => v.kind))].map(
    (kind) => VIOLATIONS[kind] ?? { zh: kind, en: kind },
  );
  if (problems.length > 0) refuse(problems);

  const times = timeRoute(built.problem, 0, ids);
  for (const [index, stop] of times.entries()) {
    const plannedStart = instantAt(input.day, stop.start, ctx.tenantTimezone);
    const before = placements.get(stop.jobId);
    const moved =
      stop.jobId === order.id ||
      before?.routeSequence !== index + 1 ||
      before?.plannedStart?.getTime() !== plannedStart.getTime();
    if (moved) {
      await planVisit(tx, ctx, stop.jobId, {
        technicianId: tech.facts.id,
        plannedStart,
        routeSequence: index + 1,
        reason: '调度台调整 / board move',
      });
    }
  }
  return getDispatchBoard(tx, ctx, input.day);
}
