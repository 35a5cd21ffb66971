import { describe, expect, it } from 'vitest';
import { wallClock, wallClockAsUtc } from './wall-clock';

describe('wallClock', () => {
  it("reads an instant in the zone's wall clock, to the second", () => {
    const at = new Date('2026-11-28T17:30:05Z');
    expect(wallClock(at, 'Asia/Shanghai')).toEqual({
      year: 2026,
      month: 11,
      day: 29,
      hour: 1,
      minute: 30,
      second: 5,
    });
    expect(wallClockAsUtc(at, 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 29, 1, 30, 5));
  });

  it('follows daylight saving time, with midnight as hour 0', () => {
    // New York: UTC-4 in summer, UTC-5 in winter.
    expect(wallClockAsUtc(Date.UTC(2026, 6, 1, 4, 0, 0), 'America/New_York')).toBe(
      Date.UTC(2026, 6, 1, 0, 0, 0),
    );
    expect(wallClockAsUtc(Date.UTC(2026, 11, 1, 5, 0, 0), 'America/New_York')).toBe(
      Date.UTC(2026, 11, 1, 0, 0, 0),
    );
  });
});
