export { headerKey, plainCell, type PlainCell } from './cell-value';
export { isXlsx, XLSX_MIME } from './is-xlsx';
export { calendarDate, excelSerialToIsoDay, isoDayOf, wallClockDate } from './local-date';
export { type ColumnSpec, readSheet, type ReadSheetResult, type SheetRow } from './read-sheet';
export {
  type ColumnKind,
  type WriteColumn,
  type WriteSheet,
  writeWorkbook,
} from './write-workbook';
