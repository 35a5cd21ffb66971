import type { CanvasElement } from 'pdfmake/interfaces';
import { CODE128_PATTERNS } from './code128';

type Rect = Extract<CanvasElement, { type: 'rect' }>;

/**
 * Reads a Code 128 barcode drawn by `code128` back to its text, as a scanner would: bar and
 * space widths in modules (the left quiet zone is 10 modules), symbols by pattern, checksum
 * verified, sets B and C. Throws on anything it cannot read. For tests.
 */
export function readCode128(canvas: readonly CanvasElement[]): string {
  const bars = canvas as Rect[];
  const module = bars[0]!.x / 10;
  const widths: number[] = [];
  bars.forEach((bar, i) => {
    if (i > 0) {
      const previous = bars[i - 1]!;
      widths.push(Math.round((bar.x - previous.x - previous.w) / module));
    }
    widths.push(Math.round(bar.w / module));
  });
  const symbols: number[] = [];
  for (let i = 0; i < widths.length; i += 6) {
    const isStop = i + 7 === widths.length;
    const pattern = widths.slice(i, i + (isStop ? 7 : 6)).join('');
    const value = CODE128_PATTERNS.indexOf(pattern);
    if (value < 0) throw new Error(`no symbol ${pattern}`);
    symbols.push(value);
    if (isStop) break;
  }
  if (symbols.at(-1) !== 106) throw new Error('no stop symbol');
  const data = symbols.slice(0, -2);
  const sum = data.reduce((s, v, position) => s + v * (position || 1), 0);
  if (sum % 103 !== symbols.at(-2)) throw new Error('wrong checksum');
  let set = data[0] === 105 ? 'C' : data[0] === 104 ? 'B' : 'A';
  if (set === 'A') throw new Error('set A is not written here');
  let text = '';
  for (const value of data.slice(1)) {
    // In set C, 0–99 are digit pairs (99 is "99", not a switch); 100 switches to B.
    if (set === 'C' && value < 100) text += String(value).padStart(2, '0');
    else if (value === 99) set = 'C';
    else if (value === 100) set = 'B';
    else if (set === 'B' && value < 95) text += String.fromCharCode(value + 32);
    else throw new Error(`symbol ${value} has no meaning in set ${set}`);
  }
  return text;
}

/** Every canvas in a pdfmake document's content, depth first. */
export function canvasesOf(node: unknown): CanvasElement[][] {
  if (Array.isArray(node)) return node.flatMap(canvasesOf);
  if (!node || typeof node !== 'object') return [];
  const own =
    'canvas' in node && Array.isArray(node.canvas) ? [node.canvas as CanvasElement[]] : [];
  return [
    ...own,
    ...Object.entries(node)
      .filter(([key]) => key !== 'canvas')
      .flatMap(([, child]) => canvasesOf(child)),
  ];
}
