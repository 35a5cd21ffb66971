import type { JobInput, ProblemInput, VehicleInput } from './optimizer';
import { type CategoryFacts, ineligibilities, skillTags } from './eligibility.rules';
import type { PlanOrder, PlanTechnician } from './day-plan.model';
import type { UnplannedOrder } from './day-plan.types';
import type { Point, TravelEstimator } from './travel.rules';

export interface DayProblem {
  problem: ProblemInput;
  /** The technicians and orders behind the problem's vehicles and jobs, in the same order. */
  technicians: PlanTechnician[];
  orders: PlanOrder[];
  /** Travel minutes between the problem's locations (row-major). */
  minutes: Float64Array;
  /** Orders that cannot enter the problem at all, with the reason. */
  unplanned: UnplannedOrder[];
}

const reason = (zh: string, en: string) => ({ zh, en });

/** Why an order cannot enter the day's problem at all, or null. */
function excluded(order: PlanOrder, working: readonly PlanTechnician[], day: string) {
  if (!order.location) return reason('客户地址没有坐标', 'the site has no coordinates');
  const lockedTo =
    order.lockedTo && working.find((t) => t.facts.id === order.lockedTo!.technicianId);
  if (order.lockedTo && !lockedTo)
    return reason('已派给的维修人员当天不上班', 'the assigned technician is not working that day');
  const why = lockedTo ? ineligibilities(lockedTo.facts, order, day)[0] : undefined;
  return why
    ? reason(
        `已派给的维修人员不能承接：${why.zh}`,
        `the assigned technician cannot take it: ${why.en}`,
      )
    : null;
}

/**
 * Turns a day's open orders and working technicians into the optimiser's problem: locations
 * are each technician's start and base, then each order's site; skills are `category:level`
 * tags, so a job only goes to someone eligible for it that day.
 */
export function buildDayProblem(
  day: string,
  orders: readonly PlanOrder[],
  technicians: readonly PlanTechnician[],
  categories: readonly CategoryFacts[],
  travel: TravelEstimator,
): DayProblem {
  const unplanned: UnplannedOrder[] = [];
  const working = technicians.filter(
    (t) =>
      t.base &&
      t.shiftEnd > t.shiftStart &&
      ineligibilities(t.facts, { category: null, requiredLevel: 1 }, day).length === 0,
  );
  const plannable = orders.filter((o) => {
    const why = excluded(o, working, day);
    if (why) unplanned.push({ workOrderId: o.id, number: o.number, reason: why });
    return why === null;
  });
  const points: Point[] = [
    ...working.flatMap((t) => [t.start ?? t.base!, t.base!]),
    ...plannable.map((o) => o.location!),
  ];
  const size = points.length;
  const minutes = new Float64Array(size * size);
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++)
      minutes[i * size + j] = i === j ? 0 : travel.minutes(points[i]!, points[j]!);

  const vehicles: VehicleInput[] = working.map((t, i) => ({
    id: t.facts.id,
    startLocation: 2 * i,
    endLocation: 2 * i + 1,
    shiftStart: t.shiftStart,
    shiftEnd: t.shiftEnd,
    capacity: 1_000_000,
    skills: skillTags(t.facts, categories, day),
  }));
  const jobs: JobInput[] = plannable.map((o, i) => ({
    id: o.id,
    location: 2 * working.length + i,
    service: o.serviceMinutes,
    skills: o.category ? [`${o.category.id}:${o.requiredLevel}`] : [],
    urgent: o.urgent,
    ...(o.window?.agreed ? { ready: o.window.start, due: o.window.end } : {}),
    ...(o.window && !o.window.agreed ? { softDue: o.window.end } : {}),
    ...(o.lockedTo
      ? { lockedVehicle: o.lockedTo.technicianId, lockedSequence: o.lockedTo.sequence }
      : {}),
  }));
  const problem: ProblemInput = {
    vehicles,
    jobs,
    travel: { size, distance: minutes, duration: minutes },
    objective: 'distance',
  };
  return { problem, technicians: working, orders: plannable, minutes, unplanned };
}
