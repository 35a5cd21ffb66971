import { describe, expect, it } from 'vitest';
import { randomInstance } from './random-instance';
import { solve } from './solve';
import { solveInWorker } from './solve-in-worker';

describe('solveInWorker', () => {
  it('solves in a worker thread exactly like the direct call', async () => {
    const problem = randomInstance(3, { jobs: 20, vehicles: 3, dispatchFeatures: true });
    const opts = { seed: 9, maxIterations: 300 };
    const inWorker = await solveInWorker(problem, opts);
    const direct = solve(problem, opts);
    expect(inWorker.routes).toEqual(direct.routes);
    expect(inWorker.unserved).toEqual(direct.unserved);
  }, 30_000);

  it('rejects on abort', async () => {
    const problem = randomInstance(4, { jobs: 30, vehicles: 3, dispatchFeatures: false });
    const controller = new AbortController();
    const pending = solveInWorker(problem, { timeLimitMs: 20_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow();
  }, 30_000);
});
