import type { Clock } from '../../platform/clock';

export interface RateLimit {
  /** At most this many hits … */
  max: number;
  /** … within any window of this length. */
  windowMs: number;
}

/**
 * Seconds until one more hit fits within `limit`, given earlier hits (ms, ascending); 0 when
 * it fits now.
 */
export function waitSeconds(hits: readonly number[], now: number, limit: RateLimit): number {
  const recent = hits.filter((at) => at > now - limit.windowMs);
  if (recent.length < limit.max) return 0;
  const oldestThatCounts = recent[recent.length - limit.max]!;
  return Math.max(1, Math.ceil((oldestThatCounts + limit.windowMs - now) / 1000));
}

/**
 * A sliding-window limiter kept in memory: per process, so with N app processes a client may
 * get up to N × max (the per-device limits count rows in the database and hold everywhere).
 * Restarting forgets it. Keys idle for a whole window are dropped, so memory stays bounded by
 * the clients active in the last window.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: Clock,
  ) {}

  /** Seconds to wait before `key` may hit again, or 0 when it may now. Records nothing. */
  retryAfter(key: string): number {
    const now = this.clock.now().getTime();
    return waitSeconds(this.recent(key, now), now, this.limit);
  }

  /** Records one hit for `key`. */
  hit(key: string): void {
    const now = this.clock.now().getTime();
    const recent = this.recent(key, now);
    recent.push(now);
    this.hits.set(key, recent);
    this.sweep(now);
  }

  /** Checks and, when allowed, records in one step: returns the seconds to wait, or 0. */
  take(key: string): number {
    const wait = this.retryAfter(key);
    if (wait === 0) this.hit(key);
    return wait;
  }

  private recent(key: string, now: number): number[] {
    const since = now - this.limit.windowMs;
    return (this.hits.get(key) ?? []).filter((at) => at > since);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.limit.windowMs) return;
    this.lastSweep = now;
    const since = now - this.limit.windowMs;
    for (const [key, times] of this.hits)
      if (times.every((at) => at <= since)) this.hits.delete(key);
  }

  /** How many keys are remembered (for tests of the memory bound). */
  get size(): number {
    return this.hits.size;
  }
}
