import type { Model } from './model';
import type { UnservedReason } from './types';

/** Whether vehicle v could serve job j on a route of its own. */
export function soloFeasible(m: Model, v: number, j: number): boolean {
  if (m.compat[v * m.nJobs + j] === 0 || m.demand[j]! > m.vCap[v]!) return false;
  const n = m.nLocations;
  const loc = m.jobLoc[j]!;
  const arrive = m.vShiftStart[v]! + m.time[m.vStart[v]! * n + loc]!;
  const s = Math.max(arrive, m.ready[j]!);
  return s <= m.due[j]! && s + m.service[j]! + m.time[loc * n + m.vEnd[v]!]! <= m.vShiftEnd[v]!;
}

/** Why job j cannot be served by any vehicle at all, or null when some vehicle could. */
export function intrinsicReason(m: Model, j: number): UnservedReason | null {
  let compatible = false;
  let fits = false;
  for (let v = 0; v < m.nVehicles; v++) {
    if (soloFeasible(m, v, j)) return null;
    if (m.compat[v * m.nJobs + j] === 1) {
      compatible = true;
      if (m.demand[j]! <= m.vCap[v]!) fits = true;
    }
  }
  if (!compatible)
    return m.pinned[j] === 1 ? 'locked-vehicle-infeasible' : 'no-vehicle-with-skills';
  return fits ? 'time-window-unreachable' : 'over-capacity';
}
