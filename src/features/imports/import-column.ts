import type { ColumnSpec } from '../../platform/excel/read-sheet';
import type { ColumnLabel } from './row-problem';

/** A column of an import template: its headers, an example value and what it means. */
export interface ImportColumn<K extends string> {
  key: K;
  zh: string;
  en: string;
  required?: boolean;
  example: string | number;
  noteZh: string;
  noteEn: string;
}

/** The columns as the sheet reader wants them: Chinese header, English name as an alias. */
export function columnSpecs<K extends string>(
  columns: readonly ImportColumn<K>[],
): ColumnSpec<K>[] {
  return columns.map((c) => ({ key: c.key, header: c.zh, aliases: [c.en], required: c.required }));
}

export function columnLabels<K extends string>(
  columns: readonly ImportColumn<K>[],
): Record<K, ColumnLabel> {
  return Object.fromEntries(columns.map((c) => [c.key, { zh: c.zh, en: c.en }])) as Record<
    K,
    ColumnLabel
  >;
}
