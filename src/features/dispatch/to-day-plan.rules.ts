import type { Plan, UnservedReason } from './optimizer';
import type { DayProblem } from './build-day-problem.rules';
import type { DayPlan, PlannedRoute, UnplannedOrder } from './day-plan.types';
import { instantAt } from './local-time.rules';

const UNSERVED: Record<UnservedReason, { zh: string; en: string }> = {
  'no-vehicle-with-skills': {
    zh: '当天没有具备所需技能或有效证书的维修人员',
    en: 'nobody working that day has the skill or a valid certificate',
  },
  'over-capacity': { zh: '超出承载能力', en: 'over capacity' },
  'time-window-unreachable': {
    zh: '在约定时间内无人能到达',
    en: 'nobody can arrive within the agreed window',
  },
  'locked-vehicle-infeasible': {
    zh: '锁定的维修人员当天排不下',
    en: 'the locked technician cannot fit it in that day',
  },
  'no-room-in-plan': {
    zh: '当天工作已排满，顺延到下一天',
    en: 'the day is full; carried to the next day',
  },
};

/** The optimiser's plan in the terms of the board: technicians, orders and local instants. */
export function toDayPlan(day: string, timeZone: string, built: DayProblem, plan: Plan): DayPlan {
  const at = (minutes: number) => instantAt(day, minutes, timeZone).toISOString();
  const orderById = new Map(built.orders.map((o) => [o.id, o]));
  const size = built.problem.travel.size;
  const routes: PlannedRoute[] = built.technicians.map((tech, index) => {
    const route = plan.routes.find((r) => r.vehicleId === tech.facts.id);
    let from = 2 * index;
    let travelMinutes = 0;
    const stops = (route?.stops ?? []).map((stop) => {
      const order = orderById.get(stop.jobId)!;
      const to = built.problem.jobs.findIndex((j) => j.id === stop.jobId);
      const leg = built.minutes[from * size + built.problem.jobs[to]!.location]!;
      travelMinutes += leg;
      from = built.problem.jobs[to]!.location;
      return {
        workOrderId: order.id,
        number: order.number,
        customerName: order.customerName,
        arrival: at(stop.arrival),
        start: at(stop.start),
        end: at(stop.departure),
        travelMinutes: Math.round(leg),
        lateMinutes: Math.round(stop.lateness),
        locked: order.lockedTo?.technicianId === tech.facts.id,
      };
    });
    if (stops.length > 0) travelMinutes += built.minutes[from * size + 2 * index + 1]!;
    return {
      technicianId: tech.facts.id,
      technicianName: tech.facts.name,
      shiftStart: at(tech.shiftStart),
      shiftEnd: at(tech.shiftEnd),
      stops,
      travelMinutes: Math.round(travelMinutes),
      returnAt: route && stops.length > 0 ? at(route.end) : null,
    };
  });
  const unplanned: UnplannedOrder[] = [
    ...built.unplanned,
    ...plan.unserved.map((u) => {
      const order = orderById.get(u.jobId)!;
      return { workOrderId: order.id, number: order.number, reason: UNSERVED[u.reason] };
    }),
  ];
  const urgentIds = new Set(built.orders.filter((o) => o.urgent).map((o) => o.id));
  return {
    day,
    routes,
    unplanned,
    totals: {
      orders: built.orders.length + built.unplanned.length,
      planned: routes.reduce((n, r) => n + r.stops.length, 0),
      urgentUnplanned: plan.unserved.filter((u) => urgentIds.has(u.jobId)).length,
      travelMinutes: routes.reduce((n, r) => n + r.travelMinutes, 0),
      lateMinutes: Math.round(plan.totalLateness),
    },
    solverMs: Math.round(plan.elapsedMs),
  };
}
