import type { ErrorEntry } from './error-entry';

/** Excel imports and exports, and QR label sheets. */
export const DOCUMENT_ERRORS = {
  IMPORT_NOT_XLSX: {
    status: 415,
    zh: '请上传 Excel 文件（.xlsx）',
    en: 'Please upload an Excel file (.xlsx)',
  },
  IMPORT_MISSING_COLUMNS: {
    status: 422,
    zh: '文件缺少必填列：{columnsZh}。请使用导入模板',
    en: 'The file lacks required columns: {columnsEn}. Please use the import template',
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 422,
    zh: '一次最多导入 {max} 行，请拆分文件',
    en: 'At most {max} rows per import; please split the file',
  },
  EXPORT_TOO_MANY_ROWS: {
    status: 422,
    zh: '导出超过 {max} 行，请缩小筛选范围',
    en: 'The export exceeds {max} rows; please narrow the filters',
  },
  LABEL_SHEET_INVALID: {
    status: 422,
    zh: '标签版式无效：每页 1–{maxColumns} 列、1–{maxRows} 行，页边距 0–{maxMarginMm} 毫米',
    en: 'Invalid label layout: 1–{maxColumns} columns, 1–{maxRows} rows and a page margin of 0–{maxMarginMm} mm',
  },
  LABEL_NO_ASSETS: {
    status: 422,
    zh: '没有可打印标签的设备',
    en: 'There are no devices to print labels for',
  },
  LABEL_SHEET_TOO_LARGE: {
    status: 422,
    zh: '一次最多打印 {max} 个标签，请按科室分批打印',
    en: 'At most {max} labels can be printed at once; print one department at a time',
  },
} as const satisfies Record<string, ErrorEntry>;
