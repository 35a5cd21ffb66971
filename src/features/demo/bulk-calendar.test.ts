import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClock } from '../../platform/format';
import { planDays } from './bulk-calendar';

describe('planDays', () => {
  it('gives consecutive local days, each starting at its local midnight, adding up to the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London'),
        fc.integer({ min: 1, max: 400 }),
        (total, nowMs, timeZone, days) => {
          const plans = planDays(total, nowMs, timeZone, days);
          expect(plans).toHaveLength(days);
          expect(plans.reduce((n, p) => n + p.count, 0)).toBe(total);
          expect(plans.at(-1)!.endMs).toBe(nowMs);
          for (const [i, p] of plans.entries()) {
            const start = wallClock(p.startMs, timeZone);
            expect([start.hour, start.minute, start.second]).toEqual([0, 0, 0]);
            const label = `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}`;
            expect(p.day).toBe(label);
            expect(p.count).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(p.startMs).toBe(plans[i - 1]!.endMs);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
