import type { Model } from './model';

/**
 * Routes (one per vehicle) with the caches that make an insertion test O(1): earliest service
 * start `es` going forward and latest feasible start `ls` going backward (Savelsbergh's
 * forward/backward slack, the hard-window special case of Vidal's time-warp concatenation).
 */
export class Solution {
  readonly routes: number[][];
  readonly es: Float64Array[];
  readonly ls: Float64Array[];
  readonly load: Float64Array;
  readonly dist: Float64Array;
  readonly late: Float64Array;
  /** Vehicle serving each job, or -1 when the job is unassigned. */
  readonly jobRoute: Int32Array;

  constructor(private readonly m: Model) {
    this.routes = [];
    this.es = [];
    this.ls = [];
    for (let v = 0; v < m.nVehicles; v++) {
      this.routes.push([]);
      this.es.push(new Float64Array(m.nJobs + 1));
      this.ls.push(new Float64Array(m.nJobs + 1));
    }
    this.load = new Float64Array(m.nVehicles);
    this.dist = new Float64Array(m.nVehicles);
    this.late = new Float64Array(m.nVehicles);
    this.jobRoute = new Int32Array(m.nJobs).fill(-1);
  }

  /** Recomputes the caches of route v after its job list changed. */
  update(v: number): void {
    const m = this.m;
    const r = this.routes[v]!;
    const es = this.es[v]!;
    const ls = this.ls[v]!;
    const n = m.nLocations;
    let prev = m.vStart[v]!;
    let t = m.vShiftStart[v]!;
    let load = 0;
    let dist = 0;
    let late = 0;
    for (let i = 0; i < r.length; i++) {
      const j = r[i]!;
      const loc = m.jobLoc[j]!;
      const arrive = t + m.time[prev * n + loc]!;
      const s = arrive > m.ready[j]! ? arrive : m.ready[j]!;
      es[i] = s;
      if (s > m.softDue[j]!) late += s - m.softDue[j]!;
      dist += m.dist[prev * n + loc]!;
      load += m.demand[j]!;
      t = s + m.service[j]!;
      prev = loc;
      this.jobRoute[j] = v;
    }
    const end = m.vEnd[v]!;
    dist += r.length > 0 ? m.dist[prev * n + end]! : 0;
    let latest = m.vShiftEnd[v]!;
    let next = end;
    for (let i = r.length - 1; i >= 0; i--) {
      const j = r[i]!;
      const loc = m.jobLoc[j]!;
      const byNext = latest - m.time[loc * n + next]! - m.service[j]!;
      latest = byNext < m.due[j]! ? byNext : m.due[j]!;
      ls[i] = latest;
      next = loc;
    }
    this.load[v] = load;
    this.dist[v] = dist;
    this.late[v] = late;
  }

  /** Whether route v keeps its capacity, windows and shift (caches must be current). */
  isFeasible(v: number): boolean {
    if (this.load[v]! > this.m.vCap[v]! + 1e-9) return false;
    const es = this.es[v]!;
    const ls = this.ls[v]!;
    for (let i = 0; i < this.routes[v]!.length; i++) if (es[i]! > ls[i]! + 1e-9) return false;
    return true;
  }

  usedVehicles(): number {
    let c = 0;
    for (const r of this.routes) if (r.length > 0) c++;
    return c;
  }

  copyFrom(other: Solution): void {
    for (let v = 0; v < this.routes.length; v++) {
      const src = other.routes[v]!;
      const dst = this.routes[v]!;
      dst.length = 0;
      for (const j of src) dst.push(j);
      this.es[v]!.set(other.es[v]!.subarray(0, src.length));
      this.ls[v]!.set(other.ls[v]!.subarray(0, src.length));
    }
    this.load.set(other.load);
    this.dist.set(other.dist);
    this.late.set(other.late);
    this.jobRoute.set(other.jobRoute);
  }
}
