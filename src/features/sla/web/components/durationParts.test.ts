import { describe, expect, it } from 'vitest';
import { durationParts } from './durationParts';

describe('durationParts', () => {
  it('splits minutes into hours and minutes, whatever the sign', () => {
    expect(durationParts(0)).toEqual({ hours: 0, minutes: 0 });
    expect(durationParts(45)).toEqual({ hours: 0, minutes: 45 });
    expect(durationParts(855)).toEqual({ hours: 14, minutes: 15 });
    expect(durationParts(-15)).toEqual({ hours: 0, minutes: 15 });
    expect(durationParts(-61)).toEqual({ hours: 1, minutes: 1 });
  });
});
