import { describe, expect, it } from 'vitest';
import { crossedReorderLevel, isBelowReorder } from './reorder.rules';

const change = (before: number, after: number, reorderLevel: number | null) => ({
  warehouseId: 'w',
  before,
  after,
  reorderLevel,
});

describe('the reorder alert', () => {
  it('fires on the movement that takes a level from above its reorder point to at or below it', () => {
    expect(crossedReorderLevel(change(5, 2, 2))).toBe(true);
    expect(crossedReorderLevel(change(3, 0, 2))).toBe(true);
  });

  it('stays quiet above the point, once already at or below it, going up, or without a point', () => {
    expect(crossedReorderLevel(change(6, 3, 2))).toBe(false);
    expect(crossedReorderLevel(change(2, 1, 2))).toBe(false);
    expect(crossedReorderLevel(change(1, 4, 2))).toBe(false);
    expect(crossedReorderLevel(change(5, 0, null))).toBe(false);
  });

  it('counts a level at its reorder point as below it', () => {
    expect(isBelowReorder(2, 2)).toBe(true);
    expect(isBelowReorder(3, 2)).toBe(false);
    expect(isBelowReorder(0, null)).toBe(false);
  });
});
