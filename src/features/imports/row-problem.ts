/**
 * Why a row of an import was refused, in both languages. Kept apart from the API's error codes:
 * these never leave as an HTTP error, only as lines of the import report.
 */
export const ROW_PROBLEMS = {
  REQUIRED: { zh: '{column}不能为空', en: '{column} is required' },
  TOO_LONG: { zh: '{column}超过 {max} 个字符', en: '{column} is longer than {max} characters' },
  INVALID_DATE: {
    zh: '{column}不是有效日期（应为 YYYY-MM-DD）',
    en: '{column} is not a valid date (use YYYY-MM-DD)',
  },
  INVALID_NUMBER: { zh: '{column}不是有效数字', en: '{column} is not a valid number' },
  OUT_OF_RANGE: {
    zh: '{column}超出范围（{min} 至 {max}）',
    en: '{column} is out of range ({min} to {max})',
  },
  INVALID_PHONE: {
    zh: '{column}只能包含数字、+、-、括号和空格',
    en: '{column} may contain only digits, +, -, brackets and spaces',
  },
  COORDINATES_PAIR: {
    zh: '纬度和经度须同时填写或同时留空',
    en: 'Give both latitude and longitude, or neither',
  },
  DUPLICATE_IN_FILE: {
    zh: '与第 {other} 行重复（{column}相同）',
    en: 'Duplicates row {other} (same {column})',
  },
  AMBIGUOUS_CUSTOMER: {
    zh: '有多个名为“{value}”的客户，请填写客户编码',
    en: 'Several customers are named "{value}"; use the customer code',
  },
  UNKNOWN_CUSTOMER: {
    zh: '客户“{value}”不存在或已作废',
    en: 'Customer "{value}" does not exist or is cancelled',
  },
  UNKNOWN_CATEGORY: {
    zh: '产品类别“{value}”不存在或已停用',
    en: 'Product category "{value}" does not exist or is cancelled',
  },
  UNKNOWN_MODEL: {
    zh: '型号“{value}”不存在；要新建型号，请同时填写型号名称和产品类别',
    en: 'Model "{value}" does not exist; to create it, give the model name and product category',
  },
  UNKNOWN_WARRANTY_POLICY: {
    zh: '保修政策“{value}”不存在或已作废',
    en: 'Warranty policy "{value}" does not exist or is cancelled',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type RowProblemCode = keyof typeof ROW_PROBLEMS;

/** One refused row in the report. */
export interface RowFailure {
  row: number;
  column: string | null;
  code: RowProblemCode;
  reasonZh: string;
  reasonEn: string;
}

/** A column's name in each language, for the messages. */
export interface ColumnLabel {
  zh: string;
  en: string;
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));

export function rowFailure(
  row: number,
  code: RowProblemCode,
  column: ColumnLabel | null,
  params: Record<string, string | number> = {},
): RowFailure {
  const { zh, en } = ROW_PROBLEMS[code];
  return {
    row,
    column: column?.zh ?? null,
    code,
    reasonZh: fill(zh, { ...params, column: column?.zh ?? '' }),
    reasonEn: fill(en, { ...params, column: column?.en ?? '' }),
  };
}
