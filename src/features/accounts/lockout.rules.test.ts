import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Attempt, isLockedOut, LOCKOUT } from './lockout.rules';

const now = new Date('2026-11-28T08:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const failed = (m: number): Attempt => ({ outcome: 'failed', at: minutesAgo(m) });

describe('isLockedOut', () => {
  it('locks after five failures within fifteen minutes', () => {
    expect(isLockedOut([1, 2, 3, 4].map(failed), now)).toBe(false);
    expect(isLockedOut([1, 2, 3, 4, 5].map(failed), now)).toBe(true);
  });

  it('forgets failures older than the window', () => {
    expect(isLockedOut([1, 2, 3, 4, 16].map(failed), now)).toBe(false);
  });

  it('a success or an unlock after the failures clears them', () => {
    const fails = [3, 4, 5, 6, 7].map(failed);
    expect(isLockedOut([...fails, { outcome: 'succeeded', at: minutesAgo(2) }], now)).toBe(false);
    expect(isLockedOut([...fails, { outcome: 'unlocked', at: minutesAgo(2) }], now)).toBe(false);
    expect(isLockedOut([...fails, { outcome: 'succeeded', at: minutesAgo(8) }], now)).toBe(true);
  });

  it('does not depend on the order of attempts made at the same instant', () => {
    const tie = [
      { outcome: 'succeeded' as const, at: minutesAgo(13) },
      failed(13),
      failed(0),
      failed(0),
      failed(0),
      failed(0),
    ];
    expect(isLockedOut(tie, now)).toBe(isLockedOut([...tie].reverse(), now));
  });

  it('never locks with fewer failures than the limit, in any order', () => {
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
          const attempts = raw.map((a) => ({ outcome: a.outcome, at: minutesAgo(a.at) }));
          const failures = attempts.filter((a) => a.outcome === 'failed').length;
          if (failures < LOCKOUT.maxFailures) expect(isLockedOut(attempts, now)).toBe(false);
          const shuffled = [...attempts].reverse();
          expect(isLockedOut(shuffled, now)).toBe(isLockedOut(attempts, now));
        },
      ),
    );
  });
});
