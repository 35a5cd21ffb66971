import { describe, expect, it } from 'vitest';
import { coordinatesBody, isCoordinatePairValid, isMissingCoordinate } from './coordinates';

describe('coordinates', () => {
  it('accepts both or neither, not one alone', () => {
    expect(isCoordinatePairValid(31.23, 121.47)).toBe(true);
    expect(isCoordinatePairValid(0, 0)).toBe(true);
    expect(isCoordinatePairValid(undefined, undefined)).toBe(true);
    expect(isCoordinatePairValid(null, undefined)).toBe(true);
    expect(isCoordinatePairValid(31.23, null)).toBe(false);
    expect(isCoordinatePairValid(undefined, 121.47)).toBe(false);
  });

  it('blames the blank field, and only it', () => {
    expect(isMissingCoordinate('lng', { lat: 31.23 })).toBe(true);
    expect(isMissingCoordinate('lat', { lat: 31.23 })).toBe(false);
    expect(isMissingCoordinate('lat', { lat: null, lng: 0 })).toBe(true);
    expect(isMissingCoordinate('lat', {})).toBe(false);
    expect(isMissingCoordinate('lng', { lat: 1, lng: 2 })).toBe(false);
  });

  it('builds the request body, keeping zero and mapping blanks to the given empty', () => {
    expect(coordinatesBody({ lat: 0, lng: 0 }, undefined)).toEqual({ lat: 0, lng: 0 });
    expect(coordinatesBody({ lat: 1 }, undefined)).toEqual({ lat: undefined, lng: undefined });
    expect(coordinatesBody({}, null)).toEqual({ lat: null, lng: null });
  });
});
