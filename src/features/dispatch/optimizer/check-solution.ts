import type { MatrixInput, ProblemInput } from './types';

/**
 * Independent plan checker. It deliberately shares no evaluation code with the solver: it reads
 * the public problem directly and recomputes every time, load and distance from the sequences.
 */

export interface SolutionToCheck {
  routes: readonly { vehicleId: string; stops: readonly { jobId: string }[] }[];
  unserved?: readonly { jobId: string }[];
}

export type ViolationKind =
  | 'unknown-vehicle'
  | 'vehicle-reused'
  | 'unknown-job'
  | 'job-repeated'
  | 'job-missing'
  | 'job-unserved'
  | 'skills'
  | 'locked-vehicle'
  | 'locked-sequence'
  | 'time-window'
  | 'shift-end'
  | 'capacity'
  | 'fleet-limit';

export interface Violation {
  kind: ViolationKind;
  message: string;
}

export interface CheckResult {
  feasible: boolean;
  violations: Violation[];
  distance: number;
  vehiclesUsed: number;
  served: number;
  lateness: number;
  /** Urgent jobs left unserved: allowed only when they truly cannot fit, so callers watch it. */
  unservedUrgent: string[];
}

export interface CheckOptions {
  /** Every job must be served (the benchmark); otherwise unserved jobs must be listed. */
  requireAllServed?: boolean;
  tolerance?: number;
}

function lookup(matrix: MatrixInput, size: number, a: number, b: number): number {
  return typeof matrix === 'function' ? matrix(a, b) : (matrix[a * size + b] ?? NaN);
}

export function checkSolution(
  problem: ProblemInput,
  solution: SolutionToCheck,
  opts: CheckOptions = {},
): CheckResult {
  const tol = opts.tolerance ?? 1e-6;
  const violations: Violation[] = [];
  const flag = (kind: ViolationKind, message: string) => violations.push({ kind, message });
  const size = problem.travel.size;
  const distOf = (a: number, b: number) => lookup(problem.travel.distance, size, a, b);
  const timeOf = (a: number, b: number) =>
    lookup(problem.travel.duration ?? problem.travel.distance, size, a, b);
  const vehicles = new Map(problem.vehicles.map((v) => [v.id, v]));
  const jobs = new Map(problem.jobs.map((j) => [j.id, j]));
  const servedBy = new Map<string, string>();
  const usedVehicles = new Set<string>();
  let distance = 0;
  let lateness = 0;

  for (const route of solution.routes) {
    const vehicle = vehicles.get(route.vehicleId);
    if (!vehicle) {
      flag('unknown-vehicle', `route for unknown vehicle ${route.vehicleId}`);
      continue;
    }
    if (route.stops.length === 0) continue;
    if (usedVehicles.has(vehicle.id)) flag('vehicle-reused', `vehicle ${vehicle.id} has 2 routes`);
    usedVehicles.add(vehicle.id);
    let at = vehicle.startLocation;
    let clock = vehicle.shiftStart;
    let load = 0;
    let lastLockedSeq = -Infinity;
    for (const stop of route.stops) {
      const job = jobs.get(stop.jobId);
      if (!job) {
        flag('unknown-job', `vehicle ${vehicle.id} visits unknown job ${stop.jobId}`);
        continue;
      }
      if (servedBy.has(job.id)) flag('job-repeated', `job ${job.id} is served more than once`);
      servedBy.set(job.id, vehicle.id);
      const missing = (job.skills ?? []).filter((s) => !(vehicle.skills ?? []).includes(s));
      if (missing.length > 0) {
        flag('skills', `vehicle ${vehicle.id} lacks ${missing.join(',')} for job ${job.id}`);
      }
      if (job.lockedVehicle !== undefined && job.lockedVehicle !== vehicle.id) {
        flag('locked-vehicle', `job ${job.id} is locked to ${job.lockedVehicle}`);
      }
      if (job.lockedVehicle === vehicle.id && job.lockedSequence !== undefined) {
        if (job.lockedSequence < lastLockedSeq) {
          flag('locked-sequence', `job ${job.id} is out of its locked order on ${vehicle.id}`);
        }
        lastLockedSeq = job.lockedSequence;
      }
      distance += distOf(at, job.location);
      const arrival = clock + timeOf(at, job.location);
      const start = Math.max(arrival, job.ready ?? -Infinity);
      if (start > (job.due ?? Infinity) + tol) {
        flag('time-window', `job ${job.id} starts at ${start}, after its due ${job.due}`);
      }
      if (job.softDue !== undefined && start > job.softDue) lateness += start - job.softDue;
      load += job.demand ?? 0;
      clock = start + (job.service ?? 0);
      at = job.location;
    }
    distance += distOf(at, vehicle.endLocation);
    const back = clock + timeOf(at, vehicle.endLocation);
    if (back > vehicle.shiftEnd + tol) {
      flag('shift-end', `vehicle ${vehicle.id} returns at ${back}, after ${vehicle.shiftEnd}`);
    }
    if (load > vehicle.capacity + tol) {
      flag('capacity', `vehicle ${vehicle.id} carries ${load} > ${vehicle.capacity}`);
    }
  }

  const fleetLimit = problem.fleetLimit ?? problem.vehicles.length;
  if (usedVehicles.size > fleetLimit) {
    flag('fleet-limit', `${usedVehicles.size} vehicles used, limit ${fleetLimit}`);
  }
  const listedUnserved = new Set((solution.unserved ?? []).map((u) => u.jobId));
  const unservedUrgent: string[] = [];
  for (const job of problem.jobs) {
    if (servedBy.has(job.id)) {
      if (listedUnserved.has(job.id)) flag('job-repeated', `job ${job.id} served and unserved`);
      continue;
    }
    if (job.urgent) unservedUrgent.push(job.id);
    if (opts.requireAllServed) flag('job-unserved', `job ${job.id} is not served`);
    else if (!listedUnserved.has(job.id))
      flag('job-missing', `job ${job.id} is neither served nor listed`);
  }
  for (const id of listedUnserved)
    if (!jobs.has(id)) flag('unknown-job', `unknown job ${id} listed`);

  return {
    feasible: violations.length === 0,
    violations,
    distance,
    vehiclesUsed: usedVehicles.size,
    served: servedBy.size,
    lateness,
    unservedUrgent,
  };
}
