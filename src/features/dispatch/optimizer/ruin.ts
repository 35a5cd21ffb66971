import type { Model } from './model';
import type { Rng } from './prng';
import type { Solution } from './solution';

export interface RuinParams {
  /** Average number of jobs removed per ruin (SISR's c̄). */
  avgRemoved: number;
  /** Longest string removed from one route (SISR's L^max). */
  maxString: number;
  /** Chance that the next job is also kept inside a split string. */
  splitKeep: number;
}

/**
 * SISR ruin (Christiaens & Vanden Berghe): remove strings of consecutive jobs from a few routes
 * that lie close to a random seed job, which frees slack in neighbouring routes.
 */
export class Ruiner {
  readonly removed: number[] = [];
  private readonly ruinedStamp: Int32Array;
  private stamp = 0;

  constructor(private readonly m: Model) {
    this.ruinedStamp = new Int32Array(m.nVehicles);
  }

  /** Removes jobs; `touch(v)` is called before route v is first changed. */
  ruin(sol: Solution, rng: Rng, params: RuinParams, touch: (v: number) => void): void {
    const m = this.m;
    this.removed.length = 0;
    this.stamp++;
    let routes = 0;
    let served = 0;
    for (let v = 0; v < m.nVehicles; v++) {
      const len = sol.routes[v]!.length;
      if (len > 0) {
        routes++;
        served += len;
      }
    }
    if (served === 0) return;
    const lsMax = Math.min(params.maxString, served / routes);
    const ksMax = (4 * params.avgRemoved) / (1 + lsMax) - 1;
    const ks = Math.floor(rng.next() * ksMax) + 1;
    let seed = rng.int(m.nJobs);
    for (let tries = 0; sol.jobRoute[seed]! < 0 && tries < m.nJobs; tries++) {
      seed = (seed + 1) % m.nJobs;
    }
    let ruined = 0;
    const k = m.nNeighbours;
    for (let i = -1; i < k && ruined < ks; i++) {
      const c = i < 0 ? seed : m.neighbours[seed * k + i]!;
      const v = sol.jobRoute[c]!;
      if (v < 0 || this.ruinedStamp[v] === this.stamp) continue;
      this.ruinedStamp[v] = this.stamp;
      ruined++;
      const r = sol.routes[v]!;
      const lMax = Math.min(r.length, lsMax);
      const l = Math.floor(rng.next() * lMax) + 1;
      touch(v);
      if (l < r.length && rng.next() < 0.5) this.removeSplit(sol, v, c, l, rng, params.splitKeep);
      else this.removeString(sol, v, c, l, rng);
      sol.update(v);
    }
  }

  private removeString(sol: Solution, v: number, c: number, l: number, rng: Rng): void {
    const r = sol.routes[v]!;
    const idx = r.indexOf(c);
    const lo = Math.max(0, idx - l + 1);
    const hi = Math.min(idx, r.length - l);
    const start = lo + rng.int(hi - lo + 1);
    this.cut(sol, r, start, l, -1, 0);
  }

  private removeSplit(sol: Solution, v: number, c: number, l: number, rng: Rng, keepP: number) {
    const r = sol.routes[v]!;
    let keep = 1;
    while (l + keep < r.length && rng.next() < keepP) keep++;
    const span = l + keep;
    const idx = r.indexOf(c);
    const lo = Math.max(0, idx - span + 1);
    const hi = Math.min(idx, r.length - span);
    const start = lo + rng.int(hi - lo + 1);
    // The kept block sits strictly inside the span so that the removed jobs form two strings.
    const keepAt = start + rng.int(span - keep + 1);
    this.cut(sol, r, start, span, keepAt, keep);
  }

  /** Removes r[start .. start+len) except the block [keepAt, keepAt+keep) and pinned jobs. */
  private cut(
    sol: Solution,
    r: number[],
    start: number,
    len: number,
    keepAt: number,
    keep: number,
  ) {
    let w = start;
    for (let i = start; i < r.length; i++) {
      const j = r[i]!;
      const inSpan = i < start + len && !(i >= keepAt && i < keepAt + keep);
      if (inSpan && this.m.pinned[j] === 0) {
        sol.jobRoute[j] = -1;
        this.removed.push(j);
      } else {
        r[w++] = j;
      }
    }
    r.length = w;
  }
}
