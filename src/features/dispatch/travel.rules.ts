export interface Point {
  lat: number;
  lng: number;
}

/** Travel time between two places, in minutes. A road-network source can replace the default. */
export interface TravelEstimator {
  minutes(from: Point, to: Point): number;
}

const EARTH_KM = 6371.0088;

export function greatCircleKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Straight-line distance × a road factor at an average speed: city roads run ~1.3× the
 * straight line; 30 km/h is a fair mean for 银川's traffic by taxi or company car.
 */
export function straightLineEstimator(
  options: { roadFactor?: number; kmPerHour?: number } = {},
): TravelEstimator {
  const roadFactor = options.roadFactor ?? 1.3;
  const kmPerHour = options.kmPerHour ?? 30;
  return { minutes: (from, to) => (greatCircleKm(from, to) * roadFactor * 60) / kmPerHour };
}
