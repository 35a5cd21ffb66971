import { AppError } from '../../platform/errors/app-error';
import { LABEL_GRID_LIMITS, type LabelGrid } from './labels.schemas';

/** A4 in PDF points (1/72 inch). */
export const A4_POINTS = { width: 595.28, height: 841.89 } as const;
const POINTS_PER_MM = 72 / 25.4;
/** Line height as a multiple of the font size (Noto Sans Hans: ascender − descender = 1 em). */
export const LINE_HEIGHT = 1.15;
const MIN_FONT = 4.5;
const MAX_FONT = 10;

export interface LabelSheetSpec {
  grid: LabelGrid;
  marginMm: number;
}

/** Refuses a grid or margin outside the limits, naming the limits in the message. */
export function checkLabelSheet({ grid, marginMm }: LabelSheetSpec): void {
  const { columns, rows, marginMm: maxMargin } = LABEL_GRID_LIMITS;
  const isValid =
    Number.isInteger(grid.columns) &&
    Number.isInteger(grid.rows) &&
    grid.columns >= 1 &&
    grid.columns <= columns &&
    grid.rows >= 1 &&
    grid.rows <= rows &&
    Number.isFinite(marginMm) &&
    marginMm >= 0 &&
    marginMm <= maxMargin;
  if (!isValid)
    throw new AppError('LABEL_SHEET_INVALID', {
      maxColumns: columns,
      maxRows: rows,
      maxMarginMm: maxMargin,
    });
}

export interface LabelLayout {
  columns: number;
  rows: number;
  /** Top-left corner of the first label, and the size of every label, in points. */
  originX: number;
  originY: number;
  cellWidth: number;
  cellHeight: number;
  padding: number;
  /** QR code beside the text (wide labels) or above it (tall or square ones). */
  orientation: 'side' | 'stacked';
  qrSize: number;
  textWidth: number;
  fontSize: number;
  /** How many one-line fields fit; the least important are left off beyond it. */
  maxLines: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export interface LabelTextNeeds {
  /** Lines on the fullest label. */
  lineCount: number;
  /** Width in em of the widest line that must not be cut (serial number, hotline). */
  widestEm: number;
}

/**
 * Where the labels go on an A4 page and how big the QR code and text are. Every line is one
 * line (noWrap, fitted to width), so a label never grows past its cell and the grid stays
 * aligned with pre-cut label paper. The font shrinks (to 4.5 pt) until the serial number and
 * the hotline fit whole; on small labels the least important lines are left off instead.
 */
export function labelLayout(
  { grid, marginMm }: LabelSheetSpec,
  { lineCount, widestEm }: LabelTextNeeds,
): LabelLayout {
  const margin = marginMm * POINTS_PER_MM;
  const cellWidth = (A4_POINTS.width - 2 * margin) / grid.columns;
  const cellHeight = (A4_POINTS.height - 2 * margin) / grid.rows;
  const padding = clamp(Math.min(cellWidth, cellHeight) * 0.07, 3, 10);
  const orientation = cellWidth >= 1.5 * cellHeight ? 'side' : 'stacked';
  const innerWidth = cellWidth - 2 * padding;
  const innerHeight = cellHeight - 2 * padding;
  const qrSize =
    orientation === 'side'
      ? Math.min(innerHeight, cellWidth * 0.38)
      : Math.min(innerWidth, innerHeight * 0.6);
  const textWidth = orientation === 'side' ? innerWidth - qrSize - padding : innerWidth;
  const textHeight = orientation === 'side' ? innerHeight : innerHeight - qrSize - padding / 2;
  // All lines in the height if possible, the widest whole, and never over ~9 characters wide.
  const fontSize = clamp(
    Math.min(
      textHeight / (Math.max(lineCount, 1) * LINE_HEIGHT),
      textWidth / Math.max(widestEm, 9),
    ),
    MIN_FONT,
    MAX_FONT,
  );
  const maxLines = Math.max(0, Math.floor(textHeight / (fontSize * LINE_HEIGHT)));
  return {
    columns: grid.columns,
    rows: grid.rows,
    originX: margin,
    originY: margin,
    cellWidth,
    cellHeight,
    padding,
    orientation,
    qrSize,
    textWidth,
    fontSize,
    maxLines,
  };
}

/** Splits the labels into pages of columns × rows. */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage)
    pages.push(items.slice(start, start + perPage));
  return pages;
}
