import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCircleKm, straightLineEstimator } from './travel.rules';

const point = fc.record({
  lat: fc.double({ min: -80, max: 80, noNaN: true }),
  lng: fc.double({ min: -179, max: 179, noNaN: true }),
});

describe('travel estimate', () => {
  it('knows the distance across 银川 (鼓楼 to 宁夏大学 is about 11 km)', () => {
    const drumTower = { lat: 38.4741, lng: 106.2872 };
    const university = { lat: 38.4985, lng: 106.16 };
    expect(greatCircleKm(drumTower, university)).toBeGreaterThan(10);
    expect(greatCircleKm(drumTower, university)).toBeLessThan(12.5);
    expect(straightLineEstimator().minutes(drumTower, university)).toBeCloseTo(
      (greatCircleKm(drumTower, university) * 1.3 * 60) / 30,
      6,
    );
  });

  it('is symmetric, zero in place, and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(greatCircleKm(a, a)).toBeCloseTo(0, 9);
        expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9);
        expect(greatCircleKm(a, c)).toBeLessThanOrEqual(
          greatCircleKm(a, b) + greatCircleKm(b, c) + 1e-6,
        );
      }),
    );
  });
});
