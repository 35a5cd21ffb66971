import type { Budget } from './budget';
import type { Model } from './model';
import type { Rng } from './prng';
import { Recreator } from './recreate';
import { Ruiner, type RuinParams } from './ruin';
import { Solution } from './solution';

export interface SearchParams extends RuinParams {
  blinkRate: number;
  /** Start and final annealing temperature, as multiples of the mean edge of the first plan. */
  startTemp: number;
  endTemp: number;
  /** Share of the budget the hierarchical objective may spend on removing vehicles. */
  fleetShare: number;
  /**
   * Share spent on removing vehicles before minimising distance under the distance objective:
   * a plan with few long routes is a better start (SISR's strings rarely empty a whole route).
   */
  distanceFleetShare: number;
  /**
   * Recreate surcharge for opening a route while annealing, in mean edges. Steers away from
   * plans with one extra short route that the string moves can never empty again.
   */
  openPenalty: number;
}

export const DEFAULT_PARAMS: SearchParams = {
  avgRemoved: 20,
  maxString: 30,
  splitKeep: 0.5,
  blinkRate: 0.01,
  startTemp: 0.5,
  endTemp: 0.01,
  fleetShare: 0.6,
  distanceFleetShare: 0,
  openPenalty: 0,
};

/** Lexicographic cost: `primary` (unserved, then vehicles when hierarchical) beats `secondary`. */
export interface Cost {
  primary: number;
  secondary: number;
}

/**
 * Ruin-and-recreate search with simulated annealing (SISR). Each iteration edits `cur` in
 * place and remembers the original of every route it touches, so a rejected move is undone
 * without copying the whole plan.
 */
export class Search {
  readonly cur: Solution;
  readonly best: Solution;
  private readonly ruiner: Ruiner;
  private readonly recreator: Recreator;
  private readonly saved: number[][];
  private readonly touchedStamp: Int32Array;
  private readonly touched: number[] = [];
  private stamp = 0;
  private readonly pool: number[] = [];
  /** Jobs the search never tries to place (a locked sequence that could not be kept). */
  readonly excluded: Uint8Array;
  fleetLimit: number;
  private readonly touch = (v: number): void => {
    if (this.touchedStamp[v] === this.stamp) return;
    this.touchedStamp[v] = this.stamp;
    this.touched.push(v);
    const s = this.saved[v]!;
    const r = this.cur.routes[v]!;
    s.length = 0;
    for (let i = 0; i < r.length; i++) s.push(r[i]!);
  };

  constructor(
    private readonly m: Model,
    private readonly rng: Rng,
    private readonly params: SearchParams,
  ) {
    this.cur = new Solution(m);
    this.best = new Solution(m);
    this.ruiner = new Ruiner(m);
    this.recreator = new Recreator(m);
    this.saved = Array.from({ length: m.nVehicles }, () => []);
    this.touchedStamp = new Int32Array(m.nVehicles);
    this.excluded = new Uint8Array(m.nJobs);
    this.fleetLimit = m.fleetLimit;
    this.preferFewRoutes = m.objective === 'hierarchical';
  }

  cost(sol: Solution): Cost {
    const m = this.m;
    let urgentAbsent = 0;
    let absent = 0;
    for (let j = 0; j < m.nJobs; j++) {
      if (sol.jobRoute[j]! < 0) {
        absent++;
        urgentAbsent += m.urgent[j]!;
      }
    }
    let secondary = 0;
    for (let v = 0; v < m.nVehicles; v++) secondary += sol.dist[v]! + m.wLate * sol.late[v]!;
    const vehicles = m.objective === 'hierarchical' ? sol.usedVehicles() : 0;
    return {
      primary: (urgentAbsent * (m.nJobs + 1) + absent) * (m.nVehicles + 1) + vehicles,
      secondary,
    };
  }

  /** Whether recreate should avoid opening routes (vehicles first, or a fleet-reduction phase). */
  preferFewRoutes: boolean;

  /** Extra recreate cost of opening a route under the distance objective (set by anneal). */
  private openPenalty = 0;

  /** Cost of opening a route during recreate: prohibitive while routes are to be avoided. */
  private newRouteCost(): number {
    return this.preferFewRoutes ? this.m.wLate * 1e3 : this.openPenalty;
  }

  /** Absent jobs the search should try to place. */
  collectAbsent(into: number[]): void {
    for (let j = 0; j < this.m.nJobs; j++) {
      if (this.cur.jobRoute[j]! < 0 && this.excluded[j] === 0) into.push(j);
    }
  }

  /** Builds the first plan from scratch (locked sequences are placed by the caller). */
  construct(): void {
    this.pool.length = 0;
    this.collectAbsent(this.pool);
    this.stamp++;
    this.touched.length = 0;
    this.recreator.recreate(
      this.cur,
      this.pool,
      this.rng,
      0,
      this.fleetLimit,
      this.newRouteCost(),
      this.touch,
    );
    this.best.copyFrom(this.cur);
  }

  /** One ruin-and-recreate step on `cur`: jobs absent before are retried with the removed ones. */
  step(): void {
    this.stamp++;
    this.touched.length = 0;
    this.pool.length = 0;
    this.collectAbsent(this.pool);
    this.ruiner.ruin(this.cur, this.rng, this.params, this.touch);
    for (const j of this.ruiner.removed) this.pool.push(j);
    this.recreator.recreate(
      this.cur,
      this.pool,
      this.rng,
      this.params.blinkRate,
      this.fleetLimit,
      this.newRouteCost(),
      this.touch,
    );
  }

  /** Undoes the last step. */
  revert(): void {
    const cur = this.cur;
    for (const v of this.touched) for (const j of cur.routes[v]!) cur.jobRoute[j] = -1;
    for (const v of this.touched) {
      const r = cur.routes[v]!;
      const s = this.saved[v]!;
      r.length = 0;
      for (let i = 0; i < s.length; i++) r.push(s[i]!);
      cur.update(v);
    }
  }

  /** Annealing over the distance (and lateness) part of the cost until the budget runs out. */
  anneal(budget: Budget, fromProgress: number): void {
    const m = this.m;
    let curCost = this.cost(this.cur);
    let bestCost = this.cost(this.best);
    let edges = 0;
    for (let v = 0; v < m.nVehicles; v++) {
      const len = this.cur.routes[v]!.length;
      if (len > 0) edges += len + 1;
    }
    const meanEdge = edges > 0 ? curCost.secondary / edges : 1;
    const t0 = this.params.startTemp * meanEdge;
    const tf = this.params.endTemp * meanEdge;
    this.openPenalty = this.params.openPenalty * meanEdge;
    while (!budget.exhausted()) {
      const p = Math.max(0, (budget.progress() - fromProgress) / (1 - fromProgress || 1));
      const temp = t0 * Math.pow(tf / t0, p);
      this.step();
      budget.iterations++;
      const c = this.cost(this.cur);
      const accept =
        c.primary < curCost.primary ||
        (c.primary === curCost.primary &&
          c.secondary < curCost.secondary - temp * Math.log(this.rng.next() + 1e-300));
      if (!accept) {
        this.revert();
        continue;
      }
      curCost = c;
      if (
        c.primary < bestCost.primary ||
        (c.primary === bestCost.primary && c.secondary < bestCost.secondary - 1e-9)
      ) {
        bestCost = c;
        this.best.copyFrom(this.cur);
      }
    }
  }
}
