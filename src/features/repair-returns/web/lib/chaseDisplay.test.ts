import { describe, expect, it } from 'vitest';
import { chaseState, daysUntil, isExpectedLate } from './chaseDisplay';

const NOW = new Date(2026, 10, 28, 10, 0).getTime();
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).toISOString();

describe('chaseState', () => {
  it('is overdue whenever the server says so, even with no time left to show', () => {
    expect(chaseState(null, true, NOW)).toBe('overdue');
    expect(chaseState(local(2026, 11, 30), true, NOW)).toBe('overdue');
  });

  it('is due once the time has come, upcoming before, none without a plan', () => {
    expect(chaseState(local(2026, 11, 28, 9), false, NOW)).toBe('due');
    expect(chaseState(local(2026, 11, 28, 11), false, NOW)).toBe('upcoming');
    expect(chaseState(null, false, NOW)).toBe('none');
  });
});

describe('daysUntil', () => {
  it('counts calendar days, not 24-hour spans', () => {
    expect(daysUntil(local(2026, 11, 29, 1), NOW)).toBe(1);
    expect(daysUntil(local(2026, 11, 28, 23), NOW)).toBe(0);
    expect(daysUntil(local(2026, 11, 25, 12), NOW)).toBe(-3);
  });

  it('reads a plain date as a local day', () => {
    expect(daysUntil('2026-12-12', NOW)).toBe(14);
    expect(daysUntil('2026-11-28', NOW)).toBe(0);
  });
});

describe('isExpectedLate', () => {
  it('is late only past the date and while the item is still out', () => {
    expect(isExpectedLate('2026-11-27', false, NOW)).toBe(true);
    expect(isExpectedLate('2026-11-28', false, NOW)).toBe(false);
    expect(isExpectedLate('2026-11-27', true, NOW)).toBe(false);
    expect(isExpectedLate(null, false, NOW)).toBe(false);
  });
});
