import type { CellValue } from 'exceljs';

/** A cell reduced to what an import reads: text, a number, a date, a boolean or nothing. */
export type PlainCell = string | number | boolean | Date | null;

/** Rich text, hyperlinks, formulas and errors flattened to their visible value. */
export function plainCell(value: CellValue): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return plainCell(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return plainCell(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    return plainCell((value as { result?: CellValue }).result ?? null);
  }
  return null; // error cells (#N/A …) read as empty
}

/** Header text compared loosely: case, spaces and full-width brackets do not matter. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*]/g, '');
}
