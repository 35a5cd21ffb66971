import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantAt, minutesInto } from './local-time.rules';

describe('local time of day', () => {
  it('puts 08:30 in 银川 at 00:30 UTC', () => {
    expect(instantAt('2026-11-30', 510, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-30T00:30:00.000Z',
    );
  });

  it('round-trips minutes in any zone on an ordinary day', () => {
    const zones = fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), zones, (m, zone) => {
        expect(minutesInto('2026-11-30', instantAt('2026-11-30', m, zone), zone)).toBeCloseTo(m, 6);
      }),
    );
  });

  it('gets the hours either side of a daylight-saving change right', () => {
    // Berlin springs forward at 02:00 local (01:00 UTC) on 2026-03-29.
    expect(instantAt('2026-03-29', 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(instantAt('2026-03-29', 240, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T02:00:00.000Z',
    );
  });
});
