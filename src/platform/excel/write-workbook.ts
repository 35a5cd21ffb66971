import ExcelJS from 'exceljs';
import { calendarDate, wallClockDate } from './local-date';

/**
 * How a column's values are written: `money` takes integer fen and shows yuan with two
 * decimals; `date` takes 'YYYY-MM-DD'; `datetime` takes a moment (Date or ISO string) and shows
 * it in the workbook's time zone.
 */
export type ColumnKind = 'text' | 'number' | 'money' | 'date' | 'datetime';

export interface WriteColumn {
  key: string;
  header: string;
  kind?: ColumnKind;
  width?: number;
}

export interface WriteSheet {
  name: string;
  columns: readonly WriteColumn[];
  rows: readonly Record<string, unknown>[];
}

const FORMATS: Partial<Record<ColumnKind, string>> = {
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};
const WIDTHS: Record<ColumnKind, number> = {
  text: 18,
  number: 12,
  money: 14,
  date: 12,
  datetime: 17,
};

function cellValue(kind: ColumnKind, value: unknown, timeZone: string): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'money':
      return Number(value) / 100;
    case 'number':
      return Number(value);
    case 'date':
      return typeof value === 'string' ? calendarDate(value.slice(0, 10)) : (value as Date);
    case 'datetime':
      return wallClockDate(value instanceof Date ? value : new Date(String(value)), timeZone);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** A workbook of one or more sheets: bold frozen header row, widths, typed cells; as bytes. */
export async function writeWorkbook(
  sheets: readonly WriteSheet[],
  { timeZone = 'Asia/Shanghai' }: { timeZone?: string } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aftersales 售后服务管理系统';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = spec.columns.map((column) => {
      const kind = column.kind ?? 'text';
      const format = FORMATS[kind];
      return {
        key: column.key,
        header: column.header,
        width: column.width ?? Math.max(WIDTHS[kind], column.header.length * 2 + 2),
        style: format ? { numFmt: format } : {},
      };
    });
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) {
      const values: Record<string, ExcelJS.CellValue> = {};
      for (const column of spec.columns) {
        values[column.key] = cellValue(column.kind ?? 'text', row[column.key], timeZone);
      }
      sheet.addRow(values);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
