import { Inserter, insertJob } from './insertion';
import type { Model } from './model';
import type { Rng } from './prng';
import type { Solution } from './solution';

/**
 * SISR recreate: sort the jobs to insert by one of a few random criteria, then insert each at its
 * cheapest feasible place (with blinks). Urgent jobs always go first so they get the room.
 */
export class Recreator {
  readonly inserter: Inserter;
  readonly failed: number[] = [];
  private readonly key: Float64Array;
  private readonly depotDist: Float64Array;

  constructor(private readonly m: Model) {
    this.inserter = new Inserter(m);
    this.key = new Float64Array(m.nJobs);
    this.depotDist = new Float64Array(m.nJobs);
    for (let j = 0; j < m.nJobs; j++) {
      // Distance from the average vehicle start stands in for "distance from the depot".
      let sum = 0;
      for (let v = 0; v < m.nVehicles; v++)
        sum += m.dist[m.vStart[v]! * m.nLocations + m.jobLoc[j]!]!;
      this.depotDist[j] = m.nVehicles > 0 ? sum / m.nVehicles : 0;
    }
  }

  /**
   * Inserts `jobs` (reordered in place). Routes may be opened while fewer than `fleetLimit` are
   * used. `touch(v)` is called before route v changes. Jobs that fit nowhere end in `failed`.
   */
  recreate(
    sol: Solution,
    jobs: number[],
    rng: Rng,
    blinkRate: number,
    fleetLimit: number,
    newRouteCost: number,
    touch: (v: number) => void,
  ): void {
    this.order(jobs, rng);
    this.failed.length = 0;
    let used = sol.usedVehicles();
    for (const j of jobs) {
      if (!this.inserter.find(sol, j, rng, blinkRate, used < fleetLimit, newRouteCost)) {
        this.failed.push(j);
        continue;
      }
      const v = this.inserter.bestVehicle;
      if (sol.routes[v]!.length === 0) used++;
      touch(v);
      insertJob(sol, v, this.inserter.bestPos, j);
    }
  }

  private order(jobs: number[], rng: Rng): void {
    const key = this.key;
    const m = this.m;
    const pick = rng.int(11);
    for (const j of jobs) {
      let k: number;
      if (pick < 4) k = rng.next();
      else if (pick < 8) k = -m.demand[j]!;
      else if (pick < 10) k = -this.depotDist[j]!;
      else k = this.depotDist[j]!;
      key[j] = k;
    }
    const urgent = m.urgent;
    jobs.sort((a, b) => urgent[b]! - urgent[a]! || key[a]! - key[b]! || a - b);
  }
}
