import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Attempt, isLockedOut, LOCKOUT } from './lockout.rules';

const now = new Date('2026-11-28T08:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
let seq = 0;
const attempt = (outcome: Attempt['outcome'], m: number): Attempt => ({
  outcome,
  at: minutesAgo(m),
  seq: seq++,
});
const failed = (m: number) => attempt('failed', m);

describe('isLockedOut', () => {
  it('locks after five failures within fifteen minutes', () => {
    expect(isLockedOut([4, 3, 2, 1].map(failed), now)).toBe(false);
    expect(isLockedOut([5, 4, 3, 2, 1].map(failed), now)).toBe(true);
  });

  it('forgets failures older than the window', () => {
    expect(isLockedOut([16, 4, 3, 2, 1].map(failed), now)).toBe(false);
  });

  it('a success or an unlock after the failures clears them', () => {
    const fails = [7, 6, 5, 4, 3].map(failed);
    expect(isLockedOut([...fails, attempt('succeeded', 2)], now)).toBe(false);
    expect(isLockedOut([...fails, attempt('unlocked', 2)], now)).toBe(false);
    expect(isLockedOut([attempt('succeeded', 8), ...fails], now)).toBe(true);
  });

  it('orders attempts at the same instant as they were recorded', () => {
    const success = attempt('succeeded', 0);
    const fails = [0, 0, 0, 0, 0].map(failed);
    expect(isLockedOut([success, ...fails], now)).toBe(true);
    expect(isLockedOut([...fails].reverse().concat(success), now)).toBe(true);
    const unlock = attempt('unlocked', 0);
    expect(isLockedOut([...fails, unlock], now)).toBe(false);
  });

  it('never locks with fewer failures than the limit, and ignores input order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            outcome: fc.constantFrom('failed', 'succeeded', 'unlocked' as const),
            at: fc.integer({ min: 0, max: 30 }),
          }),
          { maxLength: 20 },
        ),
        (raw) => {
          const attempts = raw.map((a, i) => ({
            outcome: a.outcome,
            at: minutesAgo(a.at),
            seq: i,
          }));
          const failures = attempts.filter((a) => a.outcome === 'failed').length;
          if (failures < LOCKOUT.maxFailures) expect(isLockedOut(attempts, now)).toBe(false);
          expect(isLockedOut([...attempts].reverse(), now)).toBe(isLockedOut(attempts, now));
        },
      ),
    );
  });
});
