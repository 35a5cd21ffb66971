import type { ProblemInput } from './optimizer';

export interface TimedStop {
  jobId: string;
  start: number;
  end: number;
}

/**
 * Times a fixed sequence for one vehicle: leave at the shift start, wait for a window's
 * opening, serve, move on. Feasibility is the independent checker's job; this only times.
 */
export function timeRoute(
  problem: ProblemInput,
  vehicleIndex: number,
  jobIds: readonly string[],
): TimedStop[] {
  const vehicle = problem.vehicles[vehicleIndex]!;
  const size = problem.travel.size;
  const duration = problem.travel.duration ?? problem.travel.distance;
  const leg = (a: number, b: number) =>
    typeof duration === 'function' ? duration(a, b) : duration[a * size + b]!;
  let at = vehicle.shiftStart;
  let here = vehicle.startLocation;
  return jobIds.map((jobId) => {
    const job = problem.jobs.find((j) => j.id === jobId)!;
    const start = Math.max(at + leg(here, job.location), job.ready ?? 0);
    at = start + (job.service ?? 0);
    here = job.location;
    return { jobId, start, end: at };
  });
}
