import type { Model } from './model';
import type { MatrixInput, ProblemInput } from './types';

function toMatrix(input: MatrixInput, size: number): Float64Array {
  const out = new Float64Array(size * size);
  if (typeof input === 'function') {
    for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) out[a * size + b] = input(a, b);
  } else {
    if (input.length < size * size) throw new Error('travel matrix is smaller than size²');
    for (let i = 0; i < size * size; i++) out[i] = input[i]!;
  }
  return out;
}

function checkLocation(loc: number, size: number, what: string): void {
  if (!Number.isInteger(loc) || loc < 0 || loc >= size) {
    throw new Error(`${what}: location ${loc} is outside the travel matrix`);
  }
}

/** Turns the public problem into the typed-array model the search works on. */
export function compileModel(input: ProblemInput): Model {
  const nJobs = input.jobs.length;
  const nVehicles = input.vehicles.length;
  const size = input.travel.size;
  const dist = toMatrix(input.travel.distance, size);
  const time = input.travel.duration === undefined ? dist : toMatrix(input.travel.duration, size);

  const vehicleIndex = new Map<string, number>();
  input.vehicles.forEach((v, i) => {
    if (vehicleIndex.has(v.id)) throw new Error(`duplicate vehicle id ${v.id}`);
    checkLocation(v.startLocation, size, v.id);
    checkLocation(v.endLocation, size, v.id);
    vehicleIndex.set(v.id, i);
  });

  const m: Model = {
    nJobs,
    nVehicles,
    nLocations: size,
    dist,
    time,
    jobLoc: new Int32Array(nJobs),
    demand: new Float64Array(nJobs),
    ready: new Float64Array(nJobs),
    due: new Float64Array(nJobs),
    softDue: new Float64Array(nJobs),
    service: new Float64Array(nJobs),
    urgent: new Uint8Array(nJobs),
    vStart: new Int32Array(nVehicles),
    vEnd: new Int32Array(nVehicles),
    vShiftStart: new Float64Array(nVehicles),
    vShiftEnd: new Float64Array(nVehicles),
    vCap: new Float64Array(nVehicles),
    compat: new Uint8Array(nVehicles * nJobs),
    vClass: new Int32Array(nVehicles),
    pinnedByVehicle: [],
    pinned: new Uint8Array(nJobs),
    fleetLimit: Math.min(input.fleetLimit ?? nVehicles, nVehicles),
    objective: input.objective ?? 'distance',
    hasSoft: false,
    neighbours: new Int32Array(0),
    nNeighbours: 0,
    wLate: 1,
  };

  input.vehicles.forEach((v, i) => {
    m.vStart[i] = v.startLocation;
    m.vEnd[i] = v.endLocation;
    m.vShiftStart[i] = v.shiftStart;
    m.vShiftEnd[i] = v.shiftEnd;
    m.vCap[i] = v.capacity;
  });

  const pinnedLists: { job: number; seq: number }[][] = input.vehicles.map(() => []);
  const jobIds = new Set<string>();
  input.jobs.forEach((job, j) => {
    if (jobIds.has(job.id)) throw new Error(`duplicate job id ${job.id}`);
    jobIds.add(job.id);
    checkLocation(job.location, size, job.id);
    m.jobLoc[j] = job.location;
    m.demand[j] = job.demand ?? 0;
    m.ready[j] = job.ready ?? -Infinity;
    m.due[j] = job.due ?? Infinity;
    m.softDue[j] = job.softDue ?? Infinity;
    if (job.softDue !== undefined) m.hasSoft = true;
    m.service[j] = job.service ?? 0;
    m.urgent[j] = job.urgent ? 1 : 0;
    const locked = job.lockedVehicle === undefined ? -1 : vehicleIndex.get(job.lockedVehicle);
    if (locked === undefined) throw new Error(`job ${job.id} is locked to unknown vehicle`);
    input.vehicles.forEach((v, vi) => {
      const skilled = (job.skills ?? []).every((s) => v.skills?.includes(s) ?? false);
      m.compat[vi * nJobs + j] = skilled && (locked < 0 || locked === vi) ? 1 : 0;
    });
    if (locked >= 0 && job.lockedSequence !== undefined) {
      pinnedLists[locked]!.push({ job: j, seq: job.lockedSequence });
      m.pinned[j] = 1;
    }
  });
  m.pinnedByVehicle = pinnedLists.map((l) =>
    Int32Array.from(l.sort((a, b) => a.seq - b.seq || a.job - b.job).map((e) => e.job)),
  );

  assignVehicleClasses(m, input);
  buildNeighbours(m);

  // One time unit of lateness outweighs any possible travel total, so lateness is minimised first.
  let maxEdge = 0;
  for (let i = 0; i < dist.length; i++) if (dist[i]! > maxEdge) maxEdge = dist[i]!;
  m.wLate = Math.max(1, maxEdge * (nJobs + 2 * nVehicles));
  return m;
}

function assignVehicleClasses(m: Model, input: ProblemInput): void {
  const keys = new Map<string, number>();
  input.vehicles.forEach((v, i) => {
    const row = Array.from(m.compat.subarray(i * m.nJobs, (i + 1) * m.nJobs)).join('');
    const pinned = m.pinnedByVehicle[i]!.length > 0 ? `p${i}` : '';
    const key = [v.startLocation, v.endLocation, v.shiftStart, v.shiftEnd, v.capacity, row, pinned]
      .map(String)
      .join('|');
    let cls = keys.get(key);
    if (cls === undefined) {
      cls = keys.size;
      keys.set(key, cls);
    }
    m.vClass[i] = cls;
  });
}

// Ruin only walks the first few neighbours, so long rows would just waste memory on big inputs.
const MAX_NEIGHBOURS = 150;

function buildNeighbours(m: Model): void {
  const n = m.nJobs;
  const k = Math.min(Math.max(n - 1, 0), MAX_NEIGHBOURS);
  m.nNeighbours = k;
  m.neighbours = new Int32Array(n * k);
  const order: number[] = [];
  for (let j = 0; j < n; j++) {
    order.length = 0;
    for (let k = 0; k < n; k++) if (k !== j) order.push(k);
    const lj = m.jobLoc[j]!;
    order.sort(
      (a, b) =>
        m.dist[lj * m.nLocations + m.jobLoc[a]!]! - m.dist[lj * m.nLocations + m.jobLoc[b]!]!,
    );
    m.neighbours.set(order.slice(0, k), j * k);
  }
}
