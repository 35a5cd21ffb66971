import { describe, expect, it } from 'vitest';
import { checkSolution, type SolutionToCheck } from './check-solution';
import type { ProblemInput } from './types';

// Line of locations 0..3 at x = 0, 10, 20, 30; location 0 is the depot.
const xs = [0, 10, 20, 30];
const problem: ProblemInput = {
  travel: {
    size: 4,
    distance: (a: number, b: number) => Math.abs(xs[a]! - xs[b]!),
  },
  fleetLimit: 2,
  vehicles: [
    { id: 'v1', startLocation: 0, endLocation: 0, shiftStart: 0, shiftEnd: 100, capacity: 12 },
    {
      id: 'v2',
      startLocation: 0,
      endLocation: 0,
      shiftStart: 0,
      shiftEnd: 100,
      capacity: 12,
      skills: ['gas'],
    },
    { id: 'v3', startLocation: 0, endLocation: 0, shiftStart: 0, shiftEnd: 100, capacity: 12 },
  ],
  jobs: [
    { id: 'a', location: 1, demand: 4, ready: 0, due: 50, service: 5 },
    { id: 'b', location: 2, demand: 4, ready: 0, due: 50, service: 5, skills: ['gas'] },
    { id: 'c', location: 3, demand: 4, ready: 0, due: 60, service: 5 },
  ],
};

const route = (vehicleId: string, ...jobIds: string[]) => ({
  vehicleId,
  stops: jobIds.map((jobId) => ({ jobId })),
});
const kinds = (s: SolutionToCheck, requireAllServed = true) =>
  checkSolution(problem, s, { requireAllServed }).violations.map((v) => v.kind);

describe('checkSolution', () => {
  it('accepts a valid plan and recomputes its distance', () => {
    const result = checkSolution(problem, { routes: [route('v1', 'a'), route('v2', 'b', 'c')] });
    expect(result.violations).toEqual([]);
    expect(result.feasible).toBe(true);
    expect(result.distance).toBe(20 + 60);
    expect(result.vehiclesUsed).toBe(2);
  });

  it('catches a job served twice and a job never served', () => {
    expect(kinds({ routes: [route('v1', 'a'), route('v2', 'b', 'a')] })).toEqual(
      expect.arrayContaining(['job-repeated', 'job-unserved']),
    );
  });

  it('requires unserved jobs to be listed when not all must be served', () => {
    expect(kinds({ routes: [route('v2', 'b')] }, false)).toEqual(['job-missing', 'job-missing']);
    const listed = { routes: [route('v2', 'b')], unserved: [{ jobId: 'a' }, { jobId: 'c' }] };
    expect(kinds(listed, false)).toEqual([]);
  });

  it('catches missing skills', () => {
    expect(kinds({ routes: [route('v1', 'a', 'b', 'c')] })).toContain('skills');
  });

  it('catches capacity overflow', () => {
    const heavy = { ...problem, jobs: problem.jobs.map((j) => ({ ...j, demand: 5 })) };
    const result = checkSolution(heavy, { routes: [route('v2', 'a', 'b', 'c')] });
    expect(result.violations.map((v) => v.kind)).toEqual(['capacity']);
  });

  it('catches a late start against a hard window', () => {
    // c then a: reach a at 30 + 5 + 20 = 55 > due 50.
    expect(kinds({ routes: [route('v2', 'c', 'a', 'b')] })).toContain('time-window');
  });

  it('catches a shift that ends before the way back', () => {
    const short = { ...problem, vehicles: problem.vehicles.map((v) => ({ ...v, shiftEnd: 70 })) };
    const result = checkSolution(short, { routes: [route('v2', 'a', 'b', 'c')] });
    expect(result.violations.map((v) => v.kind)).toEqual(['shift-end']);
  });

  it('catches the fleet limit, unknown ids and a vehicle used twice', () => {
    const plan = { routes: [route('v1', 'a'), route('v2', 'b'), route('v3', 'c')] };
    expect(kinds(plan)).toEqual(['fleet-limit']);
    expect(kinds({ routes: [route('v1', 'a'), route('v1', 'c'), route('v2', 'b')] })).toEqual([
      'vehicle-reused',
    ]);
    expect(kinds({ routes: [route('v9', 'a'), route('v2', 'b', 'c', 'zz')] })).toEqual(
      expect.arrayContaining(['unknown-vehicle', 'unknown-job', 'job-unserved']),
    );
  });

  it('catches broken locks', () => {
    const locked: ProblemInput = {
      ...problem,
      jobs: problem.jobs.map((j) =>
        j.id === 'b' ? j : { ...j, lockedVehicle: 'v2', lockedSequence: j.id === 'a' ? 2 : 1 },
      ),
    };
    const wrongVehicle = checkSolution(locked, {
      routes: [route('v1', 'c'), route('v2', 'a', 'b')],
    });
    expect(wrongVehicle.violations.map((v) => v.kind)).toContain('locked-vehicle');
    // c (sequence 1) must come before a (sequence 2); a is early enough either way.
    const wrongOrder = checkSolution(locked, { routes: [route('v2', 'a', 'b', 'c')] });
    expect(wrongOrder.violations.map((v) => v.kind)).toEqual(['locked-sequence']);
  });

  it('reports unserved urgent jobs', () => {
    const urgent = { ...problem, jobs: problem.jobs.map((j) => ({ ...j, urgent: j.id === 'c' })) };
    const result = checkSolution(urgent, {
      routes: [route('v2', 'a', 'b')],
      unserved: [{ jobId: 'c' }],
    });
    expect(result.feasible).toBe(true);
    expect(result.unservedUrgent).toEqual(['c']);
  });
});
