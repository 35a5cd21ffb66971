import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { A4_POINTS, checkLabelSheet, labelLayout, LINE_HEIGHT, pagesOf } from './label-sheet.rules';

const sheet = fc.record({
  grid: fc.record({
    columns: fc.integer({ min: 1, max: 6 }),
    rows: fc.integer({ min: 1, max: 12 }),
  }),
  marginMm: fc.double({ min: 0, max: 30, noNaN: true }),
});
const needs = fc.record({
  lineCount: fc.integer({ min: 1, max: 7 }),
  widestEm: fc.double({ min: 0, max: 40, noNaN: true }),
});

describe('label sheet layout', () => {
  it('accepts 1–6 columns, 1–12 rows and a 0–30 mm margin, and nothing else', () => {
    fc.assert(
      fc.property(sheet, (spec) => {
        expect(() => checkLabelSheet(spec)).not.toThrow();
      }),
    );
    for (const bad of [
      { grid: { columns: 0, rows: 8 }, marginMm: 0 },
      { grid: { columns: 7, rows: 8 }, marginMm: 0 },
      { grid: { columns: 3, rows: 13 }, marginMm: 0 },
      { grid: { columns: 2.5, rows: 8 }, marginMm: 0 },
      { grid: { columns: 3, rows: 8 }, marginMm: 30.5 },
      { grid: { columns: 3, rows: 8 }, marginMm: Number.NaN },
    ])
      expect(() => checkLabelSheet(bad)).toThrow(
        new AppError('LABEL_SHEET_INVALID', { maxColumns: 6, maxRows: 12, maxMarginMm: 30 }),
      );
  });

  it('keeps every label, its QR code and its lines inside its cell and the page', () => {
    fc.assert(
      fc.property(sheet, needs, (spec, text) => {
        const layout = labelLayout(spec, text);
        const { cellWidth, cellHeight, padding, qrSize, fontSize, maxLines } = layout;
        expect(layout.originX + spec.grid.columns * cellWidth).toBeCloseTo(
          A4_POINTS.width - layout.originX,
        );
        expect(layout.originY + spec.grid.rows * cellHeight).toBeCloseTo(
          A4_POINTS.height - layout.originY,
        );
        expect(qrSize).toBeGreaterThan(0);
        const textHeight = maxLines * fontSize * LINE_HEIGHT;
        if (layout.orientation === 'side') {
          expect(qrSize + padding + layout.textWidth).toBeLessThanOrEqual(
            cellWidth - 2 * padding + 1e-6,
          );
          expect(textHeight).toBeLessThanOrEqual(cellHeight - 2 * padding + 1e-6);
        } else {
          expect(qrSize).toBeLessThanOrEqual(cellWidth - 2 * padding + 1e-6);
          expect(qrSize + padding / 2 + textHeight).toBeLessThanOrEqual(
            cellHeight - 2 * padding + 1e-6,
          );
        }
        expect(fontSize).toBeGreaterThanOrEqual(4.5);
        expect(fontSize).toBeLessThanOrEqual(10);
      }),
    );
  });

  it('shows all lines of a 3 × 8 label paper sheet, with the QR code beside them', () => {
    const layout = labelLayout(
      { grid: { columns: 3, rows: 8 }, marginMm: 0 },
      { lineCount: 6, widestEm: 12 },
    );
    expect(layout.orientation).toBe('side');
    expect(layout.maxLines).toBeGreaterThanOrEqual(6);
    // 70 × 37 mm labels: a QR code of at least 25 mm.
    expect(layout.qrSize).toBeGreaterThan(70);
  });

  it('splits labels into full pages and a last partial one', () => {
    expect(pagesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pagesOf([], 24)).toEqual([]);
  });
});
