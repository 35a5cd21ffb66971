import type { LabelField } from './labels.schemas';

/**
 * The width of a text in em, on the safe side for Noto Sans Hans (bold included): Chinese
 * and other wide characters 1 em, the widest Latin glyphs (@ % m W w M) 1 em, the rest 0.78 em
 * (the widest of them, bold O, is 0.77). Over-estimating only cuts a line a little early.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += code > 0x7e || '@%mWwM'.includes(char) ? 1 : 0.78;
  }
  return width;
}

/** The text, cut with an ellipsis if it is wider than `widthPt` at `fontSize`. */
export function fitText(text: string, widthPt: number, fontSize: number): string {
  const maxEm = widthPt / fontSize;
  if (textWidthEm(text) <= maxEm) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidthEm(chars.join('')) + 1 > maxEm) chars.pop();
  return chars.length > 0 ? `${chars.join('')}…` : '';
}

export interface LabelFacts {
  companyName: string;
  hotline: string | null;
  brandName: string;
  modelCode: string;
  modelName: string;
  serialNumber: string;
  departmentName: string | null;
  location: string | null;
}

type LineKey = LabelField | 'scanHint' | 'hotline';
export interface LabelLine {
  key: LineKey;
  text: string;
  isBold: boolean;
}

/** Shown top to bottom in this order. */
const DISPLAY_ORDER: LineKey[] = [
  'company',
  'model',
  'serialNumber',
  'department',
  'location',
  'scanHint',
  'hotline',
];
/** When a small label cannot show every line, the first of these are kept. */
const KEEP_ORDER: LineKey[] = [
  'hotline',
  'serialNumber',
  'model',
  'scanHint',
  'department',
  'company',
  'location',
];

/** The label's lines (Chinese, as the labels are stuck on devices in China). */
export function labelLines(facts: LabelFacts, fields: readonly LabelField[]): LabelLine[] {
  const texts: Partial<Record<LineKey, string>> = {
    company: facts.companyName,
    model: `型号 ${facts.modelCode} ${facts.brandName} ${facts.modelName}`,
    serialNumber: `SN ${facts.serialNumber}`,
    department: facts.departmentName ? `科室 ${facts.departmentName}` : undefined,
    location: facts.location ? `位置 ${facts.location}` : undefined,
    scanHint: '扫码报修',
    hotline: facts.hotline ? `服务热线 ${facts.hotline}` : undefined,
  };
  const wanted = new Set<LineKey>([...fields, 'scanHint', 'hotline']);
  return DISPLAY_ORDER.filter((key) => wanted.has(key) && texts[key]).map((key) => ({
    key,
    text: texts[key]!,
    isBold: key === 'company' || key === 'hotline',
  }));
}

/** At most `maxLines` lines, dropping the least important, in display order. */
export function keepLines(lines: readonly LabelLine[], maxLines: number): LabelLine[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = new Set(
    KEEP_ORDER.filter((key) => lines.some((line) => line.key === key)).slice(0, maxLines),
  );
  return lines.filter((line) => kept.has(line.key));
}

/** The width in em of the label's lines that must show whole: serial number and hotline. */
export function mustFitEm(lines: readonly LabelLine[]): number {
  const widths = lines
    .filter((line) => line.key === 'serialNumber' || line.key === 'hotline')
    .map((line) => textWidthEm(line.text));
  return Math.max(0, ...widths);
}
