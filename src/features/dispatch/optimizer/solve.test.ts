import { describe, expect, it } from 'vitest';
import { checkSolution } from './check-solution';
import { randomInstance } from './random-instance';
import { solve } from './solve';
import type { JobInput, Plan, ProblemInput, VehicleInput } from './types';

// Points on a line: location i sits at x = xs[i]; location 0 is the depot at x = 0.
function lineProblem(
  xs: number[],
  vehicles: VehicleInput[],
  jobs: JobInput[],
  extra: Partial<ProblemInput> = {},
): ProblemInput {
  const distance = (a: number, b: number) => Math.abs(xs[a]! - xs[b]!);
  return { travel: { size: xs.length, distance }, vehicles, jobs, ...extra };
}
const vehicle = (id: string, extra: Partial<VehicleInput> = {}): VehicleInput => ({
  id,
  startLocation: 0,
  endLocation: 0,
  shiftStart: 0,
  shiftEnd: 1000,
  capacity: 100,
  ...extra,
});
const routeOf = (plan: Plan, jobId: string) =>
  plan.routes.find((r) => r.stops.some((s) => s.jobId === jobId))?.vehicleId;
const sequences = (plan: Plan) =>
  plan.routes.map((r) => [r.vehicleId, r.stops.map((s) => s.jobId)]);

describe('solve', () => {
  it('is deterministic for a seed and an iteration budget', () => {
    for (const dispatchFeatures of [false, true]) {
      const problem = randomInstance(11, { jobs: 25, vehicles: 4, dispatchFeatures });
      const a = solve(problem, { seed: 5, maxIterations: 400 });
      const b = solve(problem, { seed: 5, maxIterations: 400 });
      expect(sequences(b)).toEqual(sequences(a));
      expect(b.unserved).toEqual(a.unserved);
      expect(a.iterations).toBe(400);
    }
  });

  it('gives jobs only to technicians with the skills and reports the impossible ones', () => {
    const problem = lineProblem(
      [0, 10, 20, 30, 40],
      [vehicle('plain'), vehicle('gas', { skills: ['gas'] })],
      [
        { id: 'g1', location: 1, skills: ['gas'] },
        { id: 'p1', location: 2 },
        { id: 'g2', location: 3, skills: ['gas'] },
        { id: 'w', location: 4, skills: ['welding'] },
      ],
    );
    const plan = solve(problem, { seed: 1, maxIterations: 200 });
    expect(routeOf(plan, 'g1')).toBe('gas');
    expect(routeOf(plan, 'g2')).toBe('gas');
    expect(plan.unserved).toEqual([{ jobId: 'w', reason: 'no-vehicle-with-skills' }]);
    expect(checkSolution(problem, plan).violations).toEqual([]);
  });

  it('never plans past the shift end, counting the way back', () => {
    // The far job can be reached at 60 and finished at 70, but the way back ends at 130 > 100.
    const problem = lineProblem(
      [0, 10, 60],
      [vehicle('v', { shiftEnd: 100 })],
      [
        { id: 'near', location: 1, service: 10 },
        { id: 'far', location: 2, service: 10 },
      ],
    );
    const plan = solve(problem, { seed: 1, maxIterations: 100 });
    expect(sequences(plan)).toEqual([['v', ['near']]]);
    expect(plan.unserved).toEqual([{ jobId: 'far', reason: 'time-window-unreachable' }]);
    expect(plan.routes[0]!.end).toBeLessThanOrEqual(100);
  });

  it('serves urgent jobs first, then as many jobs as possible', () => {
    // One technician; 'urgent' clashes with both 'b' and 'c', which fit together.
    for (const seed of [1, 2, 3]) {
      const jobs: JobInput[] = [
        { id: 'b', location: 1, ready: 0, due: 10, service: 30 },
        { id: 'c', location: 1, ready: 35, due: 45, service: 5 },
        { id: 'urgent', location: 2, ready: 20, due: 32, service: 20, urgent: true },
      ];
      const problem = lineProblem([0, 5, 15], [vehicle('v')], jobs);
      const plan = solve(problem, { seed, maxIterations: 100 });
      expect(routeOf(plan, 'urgent')).toBe('v');
      expect(plan.unserved.map((u) => u.jobId).sort()).toEqual(['b', 'c']);
      expect(plan.unserved.every((u) => u.reason === 'no-room-in-plan')).toBe(true);

      const normal = solve(
        { ...problem, jobs: jobs.map((j) => ({ ...j, urgent: false })) },
        { seed, maxIterations: 100 },
      );
      expect(normal.unserved.map((u) => u.jobId)).toEqual(['urgent']);
    }
  });

  it('minimises soft-deadline lateness before travel', () => {
    // Visiting x=10 then x=20 is shortest, but 'far' is due softly at 20 and 'near' is relaxed.
    const problem = lineProblem(
      [0, 10, 20],
      [vehicle('v')],
      [
        { id: 'near', location: 1, service: 5 },
        { id: 'far', location: 2, service: 5, softDue: 20 },
      ],
    );
    const plan = solve(problem, { seed: 1, maxIterations: 200 });
    expect(sequences(plan)).toEqual([['v', ['far', 'near']]]);
    expect(plan.totalLateness).toBe(0);
  });

  it('keeps locked assignments and locked order while re-optimising the rest', () => {
    const xs = [0, 10, 20, 30, 40, 50, 60];
    const jobs: JobInput[] = xs.slice(1).map((_, i) => ({ id: `j${i + 1}`, location: i + 1 }));
    // Lock j6 then j2 onto 'b' (the reverse of the natural order); lock j1 to 'b' without order.
    jobs[5] = { ...jobs[5]!, lockedVehicle: 'b', lockedSequence: 1 };
    jobs[1] = { ...jobs[1]!, lockedVehicle: 'b', lockedSequence: 2 };
    jobs[0] = { ...jobs[0]!, lockedVehicle: 'b' };
    const problem = lineProblem(xs, [vehicle('a'), vehicle('b')], jobs);
    for (const seed of [1, 2, 3]) {
      const plan = solve(problem, { seed, maxIterations: 300 });
      const b = plan.routes.find((r) => r.vehicleId === 'b')!.stops.map((s) => s.jobId);
      expect(b.indexOf('j6')).toBeLessThan(b.indexOf('j2'));
      expect(b).toContain('j1');
      expect(plan.unserved).toEqual([]);
      expect(checkSolution(problem, plan, { requireAllServed: true }).violations).toEqual([]);
    }
  });

  it('reports a locked sequence that cannot be kept', () => {
    const problem = lineProblem(
      [0, 10, 20],
      [vehicle('a'), vehicle('b')],
      [
        { id: 'x', location: 2, due: 25, lockedVehicle: 'b', lockedSequence: 1 },
        { id: 'y', location: 1, due: 15, lockedVehicle: 'b', lockedSequence: 2 },
      ],
    );
    const plan = solve(problem, { seed: 1, maxIterations: 50 });
    expect(plan.unserved).toEqual([{ jobId: 'y', reason: 'locked-vehicle-infeasible' }]);
  });

  it('respects the fleet limit and puts vehicles first when asked', () => {
    // Jobs on both sides of the depot: one or two routes cost the same distance.
    const xs = [0, -30, -20, -10, 10, 20, 30];
    const jobs = xs.slice(1).map((_, i) => ({ id: `j${i}`, location: i + 1, demand: 1 }));
    const vehicles = [vehicle('a'), vehicle('b'), vehicle('c')];
    const limited = solve(lineProblem(xs, vehicles, jobs, { fleetLimit: 1 }), {
      seed: 1,
      maxIterations: 200,
    });
    expect(limited.vehiclesUsed).toBe(1);
    const hier = solve(lineProblem(xs, vehicles, jobs, { objective: 'hierarchical' }), {
      seed: 1,
      maxIterations: 200,
    });
    expect(hier.vehiclesUsed).toBe(1);
    expect(hier.totalDistance).toBeCloseTo(120, 9);
  });
});
