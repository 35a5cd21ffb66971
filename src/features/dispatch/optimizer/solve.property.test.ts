import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSolution } from './check-solution';
import { randomInstance } from './random-instance';
import { solve } from './solve';

const REASONS = [
  'no-vehicle-with-skills',
  'over-capacity',
  'time-window-unreachable',
  'locked-vehicle-infeasible',
  'no-room-in-plan',
];

describe('solve (property)', () => {
  it('returns plans that pass the independent checker, with a reason for each unserved job', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.constantFrom<'distance' | 'hierarchical'>('distance', 'hierarchical'),
        (seed, jobs, vehicles, dispatchFeatures, objective) => {
          const problem = {
            ...randomInstance(seed, { jobs, vehicles, dispatchFeatures }),
            objective,
            fleetLimit: Math.max(1, vehicles - (seed % 2)),
          };
          const plan = solve(problem, { seed, maxIterations: 150 });
          const check = checkSolution(problem, plan);
          expect(check.violations).toEqual([]);
          expect(check.served + plan.unserved.length).toBe(jobs);
          for (const u of plan.unserved) expect(REASONS).toContain(u.reason);
          expect(plan.totalDistance).toBeCloseTo(check.distance, 6);
          expect(plan.totalLateness).toBeCloseTo(check.lateness, 6);
        },
      ),
      { numRuns: 150 },
    );
  });
});
