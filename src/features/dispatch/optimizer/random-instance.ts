import { Rng } from './prng';
import type { JobInput, ProblemInput, VehicleInput } from './types';

export interface RandomInstanceOptions {
  jobs: number;
  vehicles: number;
  /** Adds skills, soft deadlines, urgent jobs and distinct depots (real-dispatch features). */
  dispatchFeatures: boolean;
}

/**
 * Small random problem for tests and demos: points on a 100×100 grid, Euclidean travel,
 * windows of random width. Generated from a seed so that failures can be replayed.
 */
export function randomInstance(seed: number, opts: RandomInstanceOptions): ProblemInput {
  const rng = new Rng(seed);
  const depots = opts.dispatchFeatures ? 2 : 1;
  const size = depots + opts.jobs;
  const xs = Array.from({ length: size }, () => rng.int(101));
  const ys = Array.from({ length: size }, () => rng.int(101));
  const distance = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      distance[a * size + b] = Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!);
    }
  }
  const skillNames = ['gas', 'electric'];
  const vehicles: VehicleInput[] = Array.from({ length: opts.vehicles }, (_, i) => ({
    id: `tech-${i}`,
    startLocation: i % depots,
    endLocation: opts.dispatchFeatures ? rng.int(depots) : 0,
    shiftStart: opts.dispatchFeatures ? rng.int(60) : 0,
    shiftEnd: 300 + rng.int(300),
    capacity: 20 + rng.int(40),
    skills: opts.dispatchFeatures ? skillNames.filter(() => rng.next() < 0.6) : [],
  }));
  const jobs: JobInput[] = Array.from({ length: opts.jobs }, (_, i) => {
    const ready = rng.int(350);
    const due = ready + 10 + rng.int(200);
    const job: JobInput = {
      id: `job-${i}`,
      location: depots + i,
      demand: 1 + rng.int(15),
      ready,
      due,
      service: 5 + rng.int(20),
    };
    if (opts.dispatchFeatures) {
      if (rng.next() < 0.3) job.skills = [skillNames[rng.int(2)]!];
      if (rng.next() < 0.3) job.softDue = ready + rng.int(due - ready + 1);
      if (rng.next() < 0.2) job.urgent = true;
    }
    return job;
  });
  return { vehicles, jobs, travel: { size, distance } };
}
