import type { PlainCell } from '../../platform/excel/cell-value';
import { isIsoDate } from '../warranty/calendar-date.rules';
import { type ColumnLabel, type RowFailure, rowFailure } from './row-problem';

const PHONE = /^[0-9+\-() ]+$/;
const LOOSE_DAY = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** The largest price that fits the integer fen column. */
const MAX_CENTS = 2_147_483_647;

/**
 * Reads one row's cells into typed values, collecting every problem instead of stopping at the
 * first, so the report tells the user all that is wrong with a row at once.
 */
export class CellReader<K extends string> {
  readonly failures: RowFailure[] = [];

  constructor(
    readonly row: number,
    private readonly cells: Record<K, PlainCell>,
    private readonly labels: Record<K, ColumnLabel>,
  ) {}

  private fail(key: K, code: Parameters<typeof rowFailure>[1], params = {}): null {
    this.failures.push(rowFailure(this.row, code, this.labels[key], params));
    return null;
  }

  text(key: K, { required = false, max = 200 } = {}): string | null {
    const value = this.cells[key];
    const text = value === null ? '' : value instanceof Date ? isoDay(value) : String(value).trim();
    if (text === '') return required ? this.fail(key, 'REQUIRED') : null;
    if (text.length > max) return this.fail(key, 'TOO_LONG', { max });
    return text;
  }

  phone(key: K): string | null {
    const text = this.text(key, { max: 32 });
    if (text !== null && !PHONE.test(text)) return this.fail(key, 'INVALID_PHONE');
    return text;
  }

  number(key: K, { min, max }: { min: number; max: number }): number | null {
    const value = this.cells[key];
    if (value === null) return null;
    const n = typeof value === 'number' ? value : Number(String(value).replace(/[,，\s]/g, ''));
    if (typeof value === 'boolean' || value instanceof Date || !Number.isFinite(n)) {
      return this.fail(key, 'INVALID_NUMBER');
    }
    if (n < min || n > max) return this.fail(key, 'OUT_OF_RANGE', { min, max });
    return n;
  }

  /** Yuan in the sheet, integer fen out. */
  money(key: K): number | null {
    const yuan = this.number(key, { min: 0, max: MAX_CENTS / 100 });
    return yuan === null ? null : Math.round(yuan * 100);
  }

  /** A date cell, an Excel day number, or text like 2026-03-05, 2026/3/5, 2026年3月5日. */
  day(key: K): string | null {
    const value = this.cells[key];
    if (value === null) return null;
    if (value instanceof Date) return isoDay(value);
    if (typeof value === 'number' && value > 0 && value < 2_958_466) {
      return isoDay(new Date(EXCEL_EPOCH + Math.round(value) * 86_400_000));
    }
    const match = LOOSE_DAY.exec(String(value).trim());
    const text = match
      ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`
      : '';
    return isIsoDate(text) ? text : this.fail(key, 'INVALID_DATE');
  }

  /** Latitude and longitude: both or neither, each in range. */
  coordinates(latKey: K, lngKey: K): { lat: number | null; lng: number | null } {
    const lat = this.number(latKey, { min: -90, max: 90 });
    const lng = this.number(lngKey, { min: -180, max: 180 });
    const given = [this.cells[latKey], this.cells[lngKey]].filter((v) => v !== null).length;
    if (given === 1) {
      this.failures.push(rowFailure(this.row, 'COORDINATES_PAIR', null));
      return { lat: null, lng: null };
    }
    return { lat, lng };
  }
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
