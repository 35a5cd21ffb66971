import type { Model } from './model';
import type { Rng } from './prng';
import type { Solution } from './solution';

/**
 * Cheapest feasible insertion of one job over all routes, in O(1) per position thanks to the
 * es/ls caches. Positions are skipped at random ("blinks", as in SISR) to diversify the search.
 */
export class Inserter {
  bestVehicle = -1;
  bestPos = -1;
  bestCost = Infinity;
  private readonly classStamp: Int32Array;
  private stamp = 0;

  constructor(private readonly m: Model) {
    let classes = 0;
    for (let v = 0; v < m.nVehicles; v++) classes = Math.max(classes, m.vClass[v]! + 1);
    this.classStamp = new Int32Array(classes);
  }

  /**
   * Finds the best place for job j; returns false when no route can take it. Opening an empty
   * route costs `newRouteCost` on top of its travel and is only allowed while `canOpen` is true.
   */
  find(
    sol: Solution,
    j: number,
    rng: Rng,
    blinkRate: number,
    canOpen: boolean,
    newRouteCost: number,
  ): boolean {
    const m = this.m;
    const n = m.nLocations;
    const nJobs = m.nJobs;
    const loc = m.jobLoc[j]!;
    const ready = m.ready[j]!;
    const due = m.due[j]!;
    const serv = m.service[j]!;
    const dem = m.demand[j]!;
    const dist = m.dist;
    const time = m.time;
    this.stamp++;
    this.bestVehicle = -1;
    this.bestPos = -1;
    this.bestCost = Infinity;
    for (let v = 0; v < m.nVehicles; v++) {
      if (m.compat[v * nJobs + j] === 0) continue;
      const r = sol.routes[v]!;
      const len = r.length;
      if (len === 0) {
        if (!canOpen) continue;
        const cls = m.vClass[v]!;
        if (this.classStamp[cls] === this.stamp) continue;
        this.classStamp[cls] = this.stamp;
      }
      if (sol.load[v]! + dem > m.vCap[v]!) continue;
      const es = sol.es[v]!;
      const ls = sol.ls[v]!;
      const end = m.vEnd[v]!;
      // ls grows along the route, so the positions whose next stop must start before this job
      // could even be finished are a prefix: skip it by binary search.
      const minNext = ready + serv;
      let lo = 0;
      let hi = len;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ls[mid]! < minNext) lo = mid + 1;
        else hi = mid;
      }
      let prevLoc = lo === 0 ? m.vStart[v]! : m.jobLoc[r[lo - 1]!]!;
      let prevDepart = lo === 0 ? m.vShiftStart[v]! : es[lo - 1]! + m.service[r[lo - 1]!]!;
      const extra = len === 0 ? newRouteCost : 0;
      for (let p = lo; p <= len; p++) {
        const nextLoc = p === len ? end : m.jobLoc[r[p]!]!;
        if (blinkRate > 0 && rng.next() < blinkRate) {
          if (p < len) {
            prevDepart = es[p]! + m.service[r[p]!]!;
            prevLoc = nextLoc;
          }
          continue;
        }
        const arrive = prevDepart + time[prevLoc * n + loc]!;
        // With the triangle inequality later positions only arrive later, so once the window is
        // missed we can stop; without it this prunes a few options but never breaks a window.
        if (arrive > due) break;
        const s = arrive > ready ? arrive : ready;
        const latestNext = p === len ? m.vShiftEnd[v]! : ls[p]!;
        if (s + serv + time[loc * n + nextLoc]! <= latestNext + 1e-9) {
          let cost =
            dist[prevLoc * n + loc]! + dist[loc * n + nextLoc]! - dist[prevLoc * n + nextLoc]!;
          cost += extra;
          if (m.hasSoft) cost += m.wLate * lateDelta(m, sol, v, p, j, s);
          if (cost < this.bestCost) {
            this.bestCost = cost;
            this.bestVehicle = v;
            this.bestPos = p;
          }
        }
        if (p < len) {
          prevDepart = es[p]! + m.service[r[p]!]!;
          prevLoc = nextLoc;
        }
      }
    }
    return this.bestVehicle >= 0;
  }
}

/** Extra soft-deadline lateness when job j starts at s before position p of route v. */
export function lateDelta(m: Model, sol: Solution, v: number, p: number, j: number, s: number) {
  const n = m.nLocations;
  const r = sol.routes[v]!;
  const es = sol.es[v]!;
  let delta = s > m.softDue[j]! ? s - m.softDue[j]! : 0;
  let t = s + m.service[j]!;
  let prev = m.jobLoc[j]!;
  for (let i = p; i < r.length; i++) {
    const k = r[i]!;
    const arrive = t + m.time[prev * n + m.jobLoc[k]!]!;
    const sk = arrive > m.ready[k]! ? arrive : m.ready[k]!;
    // Once the schedule is back to the old start times nothing further changes.
    if (sk <= es[i]!) break;
    const soft = m.softDue[k]!;
    delta += (sk > soft ? sk - soft : 0) - (es[i]! > soft ? es[i]! - soft : 0);
    t = sk + m.service[k]!;
    prev = m.jobLoc[k]!;
  }
  return delta;
}

/** Inserts job j at position p of route v and refreshes that route's caches. */
export function insertJob(sol: Solution, v: number, p: number, j: number): void {
  sol.routes[v]!.splice(p, 0, j);
  sol.update(v);
}
