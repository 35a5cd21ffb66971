/**
 * Excel stores a wall-clock time with no zone. exceljs writes a Date by its UTC fields, so a
 * moment is shifted to the tenant's wall clock and then carried in the UTC fields of a Date.
 */
export function wallClockDate(instant: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(
    Date.UTC(
      field('year'),
      field('month') - 1,
      field('day'),
      field('hour'),
      field('minute'),
      field('second'),
    ),
  );
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
