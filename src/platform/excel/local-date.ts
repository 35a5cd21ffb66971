import { wallClockAsUtc } from '../format';

/**
 * Excel stores a wall-clock time with no zone. exceljs writes a Date by its UTC fields, so a
 * moment is shifted to the tenant's wall clock and then carried in the UTC fields of a Date.
 */
export function wallClockDate(instant: Date, timeZone: string): Date {
  return new Date(wallClockAsUtc(instant, timeZone));
}

/** 'YYYY-MM-DD' as the Date exceljs writes as that calendar day. */
export function calendarDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** The calendar day a date cell holds (exceljs reads date cells as UTC midnight). */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date typed into a cell without a date format arrives as Excel's day serial number. */
export function excelSerialToIsoDay(serial: number): string {
  return isoDayOf(new Date(EXCEL_EPOCH + Math.round(serial) * 86_400_000));
}
