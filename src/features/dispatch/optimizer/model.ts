import type { Objective } from './types';

/**
 * Compiled, index-based form of a problem. Typed arrays keep the hot loops of the search free of
 * property lookups and allocation.
 */
export interface Model {
  nJobs: number;
  nVehicles: number;
  nLocations: number;
  dist: Float64Array;
  time: Float64Array;
  jobLoc: Int32Array;
  demand: Float64Array;
  ready: Float64Array;
  due: Float64Array;
  /** Infinity when the job has no soft deadline. */
  softDue: Float64Array;
  service: Float64Array;
  urgent: Uint8Array;
  vStart: Int32Array;
  vEnd: Int32Array;
  vShiftStart: Float64Array;
  vShiftEnd: Float64Array;
  vCap: Float64Array;
  /** compat[v * nJobs + j] = 1 when vehicle v may serve job j (skills and locks). */
  compat: Uint8Array;
  /** Vehicles with equal class are interchangeable, so only one empty one needs trying. */
  vClass: Int32Array;
  /** Pinned jobs (locked sequence) per vehicle, in order; the search never removes them. */
  pinnedByVehicle: Int32Array[];
  pinned: Uint8Array;
  fleetLimit: number;
  objective: Objective;
  hasSoft: boolean;
  /** Nearest other jobs, nearest first: row j is neighbours[j * nNeighbours ...]. */
  neighbours: Int32Array;
  nNeighbours: number;
  /** Weight of one time unit of lateness against distance; large so lateness comes first. */
  wLate: number;
}
