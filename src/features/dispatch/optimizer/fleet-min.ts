import type { Budget } from './budget';
import type { Model } from './model';
import type { Search } from './search';
import { Solution } from './solution';

function countAbsent(search: Search, into: number[]): void {
  into.length = 0;
  search.collectAbsent(into);
}

/**
 * Vehicle minimisation for the hierarchical objective, after SISR: empty the smallest route,
 * forbid opening a new one, and ruin-and-recreate until every job is back. Moves are accepted
 * when fewer jobs are out, or when the jobs out have been out less often (absence counters push
 * the search to place the hard jobs first). Stops at `endProgress` or at the first failure.
 */
export function minimiseFleet(m: Model, search: Search, budget: Budget, endProgress: number) {
  const complete = new Solution(m);
  complete.copyFrom(search.cur);
  const absences = new Float64Array(m.nJobs);
  const absent: number[] = [];
  countAbsent(search, absent);
  const baseline = absent.length;
  const cur = search.cur;
  while (!budget.exhausted() && budget.progress() < endProgress) {
    const used = cur.usedVehicles();
    let victim = -1;
    for (let v = 0; v < m.nVehicles; v++) {
      const len = cur.routes[v]!.length;
      if (len === 0 || m.pinnedByVehicle[v]!.length > 0) continue;
      if (victim < 0 || len < cur.routes[victim]!.length) victim = v;
    }
    if (victim < 0 || used <= 1) break;
    for (const j of cur.routes[victim]!) cur.jobRoute[j] = -1;
    cur.routes[victim]!.length = 0;
    cur.update(victim);
    search.fleetLimit = used - 1;
    countAbsent(search, absent);
    let curCount = absent.length;
    let curSum = 0;
    for (const j of absent) curSum += absences[j]!;
    while (curCount > baseline && !budget.exhausted() && budget.progress() < endProgress) {
      search.step();
      budget.iterations++;
      countAbsent(search, absent);
      let sum = 0;
      for (const j of absent) sum += absences[j]!;
      if (absent.length < curCount || (absent.length === curCount && sum < curSum)) {
        curCount = absent.length;
        curSum = sum;
      } else {
        search.revert();
        countAbsent(search, absent);
      }
      for (const j of absent) absences[j]!++;
      curSum += absent.length;
    }
    if (curCount > baseline) {
      cur.copyFrom(complete);
      search.fleetLimit = Math.min(m.fleetLimit, cur.usedVehicles());
      return;
    }
    complete.copyFrom(cur);
  }
  search.fleetLimit = Math.min(m.fleetLimit, cur.usedVehicles());
}
