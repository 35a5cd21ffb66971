/**
 * Search budget. With an iteration limit, progress (and so the annealing schedule) depends on
 * iterations only, which makes a run reproducible; the clock is then just a safety stop.
 */
export class Budget {
  iterations = 0;
  private readonly startMs: number;

  constructor(
    private readonly timeLimitMs: number,
    private readonly maxIterations: number | undefined,
  ) {
    this.startMs = performance.now();
  }

  elapsedMs(): number {
    return performance.now() - this.startMs;
  }

  /** Share of the budget used, in [0, 1]. */
  progress(): number {
    if (this.maxIterations !== undefined) return Math.min(1, this.iterations / this.maxIterations);
    return Math.min(1, this.elapsedMs() / this.timeLimitMs);
  }

  exhausted(): boolean {
    if (this.maxIterations !== undefined && this.iterations >= this.maxIterations) return true;
    return this.elapsedMs() >= this.timeLimitMs;
  }
}
