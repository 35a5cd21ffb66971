import type { Model } from './model';
import type { Solution } from './solution';
import type { Plan, PlannedRoute, ProblemInput, UnservedJob } from './types';

/** Turns the internal routes into the public plan with arrival and start times. */
export function buildPlan(
  m: Model,
  input: ProblemInput,
  sol: Solution,
  reasons: (j: number) => UnservedJob['reason'],
  stats: { iterations: number; elapsedMs: number },
): Plan {
  const n = m.nLocations;
  const routes: PlannedRoute[] = [];
  let totalDistance = 0;
  let totalLateness = 0;
  for (let v = 0; v < m.nVehicles; v++) {
    const r = sol.routes[v]!;
    if (r.length === 0) continue;
    let prev = m.vStart[v]!;
    let t = m.vShiftStart[v]!;
    let distance = 0;
    let load = 0;
    const stops = r.map((j) => {
      const loc = m.jobLoc[j]!;
      const arrival = t + m.time[prev * n + loc]!;
      const start = Math.max(arrival, m.ready[j]!);
      const lateness = Math.max(0, start - m.softDue[j]!);
      distance += m.dist[prev * n + loc]!;
      load += m.demand[j]!;
      t = start + m.service[j]!;
      prev = loc;
      totalLateness += lateness;
      return { jobId: input.jobs[j]!.id, arrival, start, departure: t, lateness };
    });
    distance += m.dist[prev * n + m.vEnd[v]!]!;
    const end = t + m.time[prev * n + m.vEnd[v]!]!;
    totalDistance += distance;
    routes.push({ vehicleId: input.vehicles[v]!.id, stops, distance, load, end });
  }
  const unserved: UnservedJob[] = [];
  for (let j = 0; j < m.nJobs; j++) {
    if (sol.jobRoute[j]! < 0) unserved.push({ jobId: input.jobs[j]!.id, reason: reasons(j) });
  }
  return {
    routes,
    unserved,
    totalDistance,
    totalLateness,
    vehiclesUsed: routes.length,
    iterations: stats.iterations,
    elapsedMs: stats.elapsedMs,
  };
}
