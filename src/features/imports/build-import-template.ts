import { type ColumnKind, writeWorkbook } from '../../platform/excel/write-workbook';
import { ASSET_COLUMNS } from './asset-columns';
import { CUSTOMER_COLUMNS } from './customer-columns';
import type { ImportColumn } from './import-column';
import type { ImportKind } from './import.schemas';

const TEMPLATES: Record<ImportKind, { sheet: string; columns: readonly ImportColumn<string>[] }> = {
  customers: { sheet: '客户导入', columns: CUSTOMER_COLUMNS },
  assets: { sheet: '设备导入', columns: ASSET_COLUMNS },
};
const DATE_COLUMNS = new Set(['purchasedOn', 'installedOn']);

function kindOf(column: ImportColumn<string>): ColumnKind {
  if (DATE_COLUMNS.has(column.key)) return 'date';
  return typeof column.example === 'number' ? 'number' : 'text';
}

/** The template to fill in: the headers with one example row, and a sheet explaining each column. */
export function buildImportTemplate(kind: ImportKind): Promise<Buffer> {
  const { sheet, columns } = TEMPLATES[kind];
  return writeWorkbook([
    {
      name: sheet,
      columns: columns.map((c) => ({ key: c.key, header: c.zh, kind: kindOf(c) })),
      rows: [Object.fromEntries(columns.map((c) => [c.key, c.example]))],
    },
    {
      name: '填写说明',
      columns: [
        { key: 'zh', header: '列名', width: 16 },
        { key: 'en', header: 'Column (English)', width: 18 },
        { key: 'required', header: '必填', width: 8 },
        { key: 'noteZh', header: '说明', width: 60 },
        { key: 'noteEn', header: 'Notes', width: 70 },
      ],
      rows: [
        ...columns.map((c) => ({
          zh: c.zh,
          en: c.en,
          required: c.required ? '是' : '否',
          noteZh: c.noteZh,
          noteEn: c.noteEn,
        })),
        {},
        {
          zh: '说明',
          noteZh:
            '表头可用中文或英文列名，顺序不限。每行单独校验：有误的行列在导入报告中，其余行一次性导入。留空的选填单元格不会清除已有数据。',
          noteEn:
            'Headers may be Chinese or English, in any order. Each row is checked on its own: bad rows are listed in the report, the rest import together. A blank optional cell keeps the stored value.',
        },
      ],
    },
  ]);
}
