import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinutes, toMinutes } from './shift-time.rules';

describe('shift times', () => {
  it('reads HH:mm and minutes', () => {
    expect(toMinutes('08:30')).toBe(510);
    expect(toMinutes('17:30')).toBe(1050);
    expect(toMinutes('24:00')).toBe(1440);
    expect(toMinutes(600)).toBe(600);
  });
  it('refuses what is not a time of day', () => {
    for (const bad of ['8:30', '24:01', '12:60', 'noon', '', -1, 1441, 1.5]) {
      expect(toMinutes(bad)).toBeUndefined();
    }
  });
  it('formats and reads back every minute of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (m) => toMinutes(formatMinutes(m)) === m),
    );
  });
});
