/**
 * Public model of the dispatch optimiser. Plain data only (no classes, no functions required) so
 * a problem can be posted to a worker thread with structured clone.
 */

/** Row-major square matrix, or a function when the caller computes travel on demand. */
export type MatrixInput = ArrayLike<number> | ((from: number, to: number) => number);

export interface TravelInput {
  /** Number of locations; matrix entries are `[from * size + to]`. */
  size: number;
  /** Cost minimised by the `distance` objective (km, metres, …). */
  distance: MatrixInput;
  /** Travel time, in the same unit as windows and shifts. Defaults to `distance`. */
  duration?: MatrixInput;
}

export interface VehicleInput {
  id: string;
  startLocation: number;
  endLocation: number;
  shiftStart: number;
  /** Latest arrival back at `endLocation`. */
  shiftEnd: number;
  capacity: number;
  skills?: readonly string[];
}

export interface JobInput {
  id: string;
  location: number;
  demand?: number;
  /** Hard window on the start of service; waiting before `ready` is allowed. */
  ready?: number;
  due?: number;
  /** Soft deadline: starting later than this is allowed (within `due`) but penalised. */
  softDue?: number;
  service?: number;
  skills?: readonly string[];
  /** Urgent jobs are served before any other consideration. */
  urgent?: boolean;
  /** The dispatcher locked this job to a vehicle; only that vehicle may serve it. */
  lockedVehicle?: string;
  /**
   * With `lockedVehicle`: the job keeps its place in the locked sequence of that vehicle (jobs
   * with a lower value come first). Unlocked jobs may still be inserted between locked ones.
   */
  lockedSequence?: number;
}

export type Objective = 'distance' | 'hierarchical';

export interface ProblemInput {
  vehicles: readonly VehicleInput[];
  jobs: readonly JobInput[];
  travel: TravelInput;
  /** Most vehicles that may be used; defaults to all vehicles. */
  fleetLimit?: number;
  /** `distance`: minimise travel with fleet ≤ limit; `hierarchical`: vehicles first. */
  objective?: Objective;
}

export interface SolveOptions {
  seed?: number;
  /** Wall-clock budget. Only checked to stop; with `maxIterations` the search is deterministic. */
  timeLimitMs?: number;
  maxIterations?: number;
  /** Advanced: overrides of the search parameters (see `SearchParams`), for benchmarking. */
  tuning?: Partial<Record<string, number>>;
}

export interface PlannedStop {
  jobId: string;
  arrival: number;
  start: number;
  departure: number;
  /** Time past the soft deadline (0 when on time or none). */
  lateness: number;
}

export interface PlannedRoute {
  vehicleId: string;
  stops: PlannedStop[];
  distance: number;
  load: number;
  /** Arrival back at the end location. */
  end: number;
}

export type UnservedReason =
  | 'no-vehicle-with-skills'
  | 'over-capacity'
  | 'time-window-unreachable'
  | 'locked-vehicle-infeasible'
  | 'no-room-in-plan';

export interface UnservedJob {
  jobId: string;
  reason: UnservedReason;
}

export interface Plan {
  routes: PlannedRoute[];
  unserved: UnservedJob[];
  totalDistance: number;
  totalLateness: number;
  vehiclesUsed: number;
  iterations: number;
  elapsedMs: number;
}
