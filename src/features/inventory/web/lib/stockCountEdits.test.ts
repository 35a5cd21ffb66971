import { describe, expect, it } from 'vitest';
import type { StockCountView } from '../../inventory.schemas';
import {
  countedOf,
  countSummary,
  differenceOf,
  hasUnsavedEdits,
  linesToSave,
} from './stockCountEdits';

const line = (partId: string, expected: number, counted: number | null) => ({
  part: { id: partId, code: partId, name: partId, unit: '个' },
  expectedQuantity: expected,
  countedQuantity: counted,
  difference: counted === null ? null : counted - expected,
});
const lines: StockCountView['lines'] = [line('a', 10, null), line('b', 5, 5), line('c', 2, 1)];

describe('stock count edits', () => {
  it('shows the typed quantity over the saved one, and its difference from the book', () => {
    expect(countedOf(lines[0]!, {})).toBeNull();
    expect(countedOf(lines[0]!, { a: 9 })).toBe(9);
    expect(differenceOf(lines[0]!, { a: 9 })).toBe(-1);
    expect(differenceOf(lines[1]!, {})).toBe(0);
    expect(differenceOf(lines[1]!, { b: null })).toBeNull();
  });

  it('saves every counted line, typed or saved, and leaves uncounted ones out', () => {
    expect(linesToSave(lines, { c: 2 })).toEqual([
      { partId: 'b', countedQuantity: 5 },
      { partId: 'c', countedQuantity: 2 },
    ]);
    expect(linesToSave(lines, { a: 0 })).toContainEqual({ partId: 'a', countedQuantity: 0 });
  });

  it('knows when something typed is not saved yet', () => {
    expect(hasUnsavedEdits(lines, {})).toBe(false);
    expect(hasUnsavedEdits(lines, { b: 5 })).toBe(false);
    expect(hasUnsavedEdits(lines, { b: 4 })).toBe(true);
    expect(hasUnsavedEdits(lines, { a: 10 })).toBe(true);
  });

  it('counts lines still to count and lines that differ', () => {
    expect(countSummary(lines, {})).toEqual({ uncounted: 1, differing: 1 });
    expect(countSummary(lines, { a: 10, c: 2 })).toEqual({ uncounted: 0, differing: 0 });
    expect(countSummary(lines, { a: 12 })).toEqual({ uncounted: 0, differing: 2 });
  });
});
