import { Budget } from './budget';
import { buildPlan } from './build-plan';
import { compileModel } from './compile-model';
import { intrinsicReason } from './feasibility';
import { minimiseFleet } from './fleet-min';
import type { Model } from './model';
import { Rng } from './prng';
import { DEFAULT_PARAMS, Search, type SearchParams } from './search';
import type { Plan, ProblemInput, SolveOptions, UnservedReason } from './types';

const DEFAULT_TIME_LIMIT_MS = 1000;

/** Places each vehicle's locked sequence first; a sequence that breaks a rule is cut short. */
function placePinned(m: Model, search: Search, reasons: Map<number, UnservedReason>): void {
  const sol = search.cur;
  for (let v = 0; v < m.nVehicles; v++) {
    for (const j of m.pinnedByVehicle[v]!) {
      if (search.excluded[j] === 1) continue;
      sol.routes[v]!.push(j);
      sol.update(v);
      if (!sol.isFeasible(v)) {
        sol.routes[v]!.pop();
        sol.jobRoute[j] = -1;
        sol.update(v);
        search.excluded[j] = 1;
        reasons.set(j, 'locked-vehicle-infeasible');
      }
    }
  }
}

/**
 * Solves a dispatch / VRPTW problem. Deterministic for a given input, seed and `maxIterations`;
 * with only a time limit the result depends on how many iterations fit in it.
 */
export function solve(input: ProblemInput, opts: SolveOptions = {}): Plan {
  const params: SearchParams = { ...DEFAULT_PARAMS };
  for (const [key, value] of Object.entries(opts.tuning ?? {})) {
    if (key in params && typeof value === 'number') params[key as keyof SearchParams] = value;
  }
  const m = compileModel(input);
  const timeLimit =
    opts.timeLimitMs ?? (opts.maxIterations === undefined ? DEFAULT_TIME_LIMIT_MS : Infinity);
  const budget = new Budget(timeLimit, opts.maxIterations);
  const rng = new Rng(opts.seed ?? 1);
  const search = new Search(m, rng, params);
  const reasons = new Map<number, UnservedReason>();
  for (let j = 0; j < m.nJobs; j++) {
    const reason = intrinsicReason(m, j);
    if (reason !== null) {
      reasons.set(j, reason);
      search.excluded[j] = 1;
    }
  }
  placePinned(m, search, reasons);
  const fleetShare = m.objective === 'hierarchical' ? params.fleetShare : params.distanceFleetShare;
  search.preferFewRoutes = fleetShare > 0;
  search.construct();
  let from = 0;
  if (fleetShare > 0) {
    minimiseFleet(m, search, budget, fleetShare);
    search.best.copyFrom(search.cur);
    from = budget.progress();
  }
  if (m.objective !== 'hierarchical') {
    search.fleetLimit = m.fleetLimit;
    search.preferFewRoutes = false;
  }
  search.anneal(budget, from);
  return buildPlan(m, input, search.best, (j) => reasons.get(j) ?? 'no-room-in-plan', {
    iterations: budget.iterations,
    elapsedMs: budget.elapsedMs(),
  });
}
