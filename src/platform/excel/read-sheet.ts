import { Readable } from 'node:stream';
import ExcelJS, { type CellValue } from 'exceljs';
import { headerKey, plainCell, type PlainCell } from './cell-value';

/** A column an import reads: its Chinese header and the other names it answers to. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  aliases?: readonly string[];
  required?: boolean;
}

export interface SheetRow<K extends string> {
  /** The row number as Excel shows it (the header is row 1). */
  row: number;
  cells: Record<K, PlainCell>;
}

export interface ReadSheetResult<K extends string> {
  rows: SheetRow<K>[];
  /** Required columns whose header was not found. */
  missingColumns: ColumnSpec<K>[];
}

/**
 * Reads the first worksheet into rows keyed by column, matching headers by name (Chinese or an
 * English alias) so the columns may come in any order. Blank rows are skipped. Streams the
 * sheet: faster than loading the whole workbook, and a large file is never held twice.
 */
export async function readSheet<K extends string>(
  buffer: Uint8Array,
  columns: readonly ColumnSpec<K>[],
): Promise<ReadSheetResult<K>> {
  const byHeader = new Map<string, K>();
  for (const column of columns) {
    for (const name of [column.header, column.key, ...(column.aliases ?? [])]) {
      byHeader.set(headerKey(name), column.key);
    }
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: 'cache',
    styles: 'cache', // date cells are told apart from numbers by their format
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const positions = new Map<K, number>();
  const rows: SheetRow<K>[] = [];
  for await (const sheet of reader) {
    for await (const excelRow of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = excelRow.values as CellValue[];
      if (excelRow.number === 1) {
        values.forEach((value, colNumber) => {
          const text = plainCell(value);
          const key = typeof text === 'string' ? byHeader.get(headerKey(text)) : undefined;
          if (key && !positions.has(key)) positions.set(key, colNumber);
        });
        continue;
      }
      const cells = {} as Record<K, PlainCell>;
      let isBlank = true;
      for (const column of columns) {
        const at = positions.get(column.key);
        const value = at === undefined ? null : plainCell(values[at] ?? null);
        if (value !== null) isBlank = false;
        cells[column.key] = value;
      }
      if (!isBlank) rows.push({ row: excelRow.number, cells });
    }
    break; // the first worksheet only
  }
  const missingColumns = columns.filter((c) => c.required && !positions.has(c.key));
  return { rows, missingColumns };
}
