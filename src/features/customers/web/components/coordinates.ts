export type CoordinateField = 'lat' | 'lng';

export const COORDINATE_RANGE: Record<CoordinateField, { min: number; max: number }> = {
  lat: { min: -90, max: 90 },
  lng: { min: -180, max: 180 },
};

function isBlank(value: number | null | undefined): boolean {
  return value === null || value === undefined || Number.isNaN(value);
}

/** A site is placed by both coordinates or by neither: one alone means nothing on a map. */
export function isCoordinatePairValid(
  lat: number | null | undefined,
  lng: number | null | undefined,
): boolean {
  return isBlank(lat) === isBlank(lng);
}

/** Whether `field` is the one left blank while the other is filled in. */
export function isMissingCoordinate(
  field: CoordinateField,
  values: { lat?: number | null; lng?: number | null },
): boolean {
  const other: CoordinateField = field === 'lat' ? 'lng' : 'lat';
  return isBlank(values[field]) && !isBlank(values[other]);
}

/** The pair as the API takes it: numbers, or `empty` (undefined to omit, null to clear). */
export function coordinatesBody<E extends null | undefined>(
  values: { lat?: number | null; lng?: number | null },
  empty: E,
): { lat: number | E; lng: number | E } {
  const { lat, lng } = values;
  if (isBlank(lat) || isBlank(lng)) return { lat: empty, lng: empty };
  return { lat: lat as number, lng: lng as number };
}
