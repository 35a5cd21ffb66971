import { createHash } from 'node:crypto';
import { isXlsx } from '../../platform/excel/is-xlsx';
import { readSheet, type SheetRow } from '../../platform/excel/read-sheet';
import { AppError } from '../../platform/errors/app-error';
import { columnSpecs, type ImportColumn } from './import-column';

/** Enough for a whole installed base at once; larger files are split by the user. */
export const MAX_IMPORT_ROWS = 50_000;

export interface ImportFile<K extends string> {
  rows: SheetRow<K>[];
  /** Recorded in the audit event, so the batch can be traced to the exact file. */
  sha256: string;
}

/**
 * Reads an uploaded workbook before any transaction opens (parsing is the slow part). Refuses
 * what is not an .xlsx by its bytes, and a sheet without the template's required columns.
 */
export async function readImportFile<K extends string>(
  buffer: Buffer,
  columns: readonly ImportColumn<K>[],
): Promise<ImportFile<K>> {
  if (!isXlsx(buffer)) throw new AppError('IMPORT_NOT_XLSX');
  let read: Awaited<ReturnType<typeof readSheet<K>>>;
  try {
    read = await readSheet(buffer, columnSpecs(columns));
  } catch {
    throw new AppError('IMPORT_NOT_XLSX');
  }
  if (read.missingColumns.length) {
    const missing = columns.filter((c) => read.missingColumns.some((m) => m.key === c.key));
    throw new AppError('IMPORT_MISSING_COLUMNS', {
      columnsZh: missing.map((c) => c.zh).join('、'),
      columnsEn: missing.map((c) => c.en).join(', '),
    });
  }
  if (read.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('IMPORT_TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS });
  }
  return { rows: read.rows, sha256: createHash('sha256').update(buffer).digest('hex') };
}
