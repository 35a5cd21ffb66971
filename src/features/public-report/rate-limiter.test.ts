import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limiter';

function clockAt(start = 0) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

describe('SlidingWindowLimiter', () => {
  it('allows max hits per window, then answers the seconds until the oldest expires', () => {
    const clock = clockAt();
    const limiter = new SlidingWindowLimiter({ max: 3, windowMs: 60_000 }, clock);
    expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 0]);
    clock.advance(20_000);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(40);
    expect(limiter.take('b')).toBe(0); // another key is unaffected
    clock.advance(40_000);
    expect(limiter.take('a')).toBe(0); // the first two left the window
  });

  it('retryAfter records nothing', () => {
    const clock = clockAt();
    const limiter = new SlidingWindowLimiter({ max: 1, windowMs: 1000 }, clock);
    for (let i = 0; i < 5; i++) expect(limiter.retryAfter('a')).toBe(0);
    limiter.hit('a');
    expect(limiter.retryAfter('a')).toBe(1);
  });

  it('forgets idle keys', () => {
    const clock = clockAt();
    const limiter = new SlidingWindowLimiter({ max: 5, windowMs: 1000 }, clock);
    for (let i = 0; i < 100; i++) limiter.hit(`ip-${i}`);
    clock.advance(2000);
    limiter.hit('late');
    expect(limiter.size).toBe(1);
  });

  it('never lets more than max hits through in any window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 60 }),
        (max, gaps) => {
          const clock = clockAt();
          const windowMs = 5000;
          const limiter = new SlidingWindowLimiter({ max, windowMs }, clock);
          const accepted: number[] = [];
          for (const gap of gaps) {
            clock.advance(gap);
            if (limiter.take('k') === 0) accepted.push(clock.now().getTime());
          }
          return accepted.every(
            (at) => accepted.filter((t) => t <= at && t > at - windowMs).length <= max,
          );
        },
      ),
    );
  });
});
