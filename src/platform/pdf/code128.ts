import type { CanvasElement, ContentCanvas } from 'pdfmake/interfaces';

/**
 * Code 128's 107 symbols as bar/space widths in modules (bar first): values 0–102, the start
 * symbols A, B, C (103–105), and the stop symbol (106, with its closing bar).
 */
export const CODE128_PATTERNS: readonly string[] = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 ' +
  '122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 ' +
  '321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 132311 ' +
  '211313 231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 ' +
  '213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 111422 ' +
  '121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 ' +
  '241112 134111 111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 ' +
  '412121 111143 111341 131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 ' +
  '211214 211232 2331112'
).split(' ');

const START_B = 104;
const START_C = 105;
const CODE_B = 100;
const CODE_C = 99;
const STOP = 106;
/** The standard's quiet zone on each side, in modules. */
const QUIET_MODULES = 10;

/** Printable ASCII only (code set B, with set C for runs of digits). */
export function isCode128Encodable(text: string): boolean {
  return text.length > 0 && /^[\x20-\x7e]+$/.test(text);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * The symbol values of a Code 128 barcode: start, data, checksum, stop. Set B, switching to set
 * C (two digits a symbol) for a run of digits long enough to save space: ≥ 4 at the start or
 * end, ≥ 6 in the middle.
 */
export function code128Values(text: string): number[] {
  if (!isCode128Encodable(text)) throw new Error('Code 128 here encodes printable ASCII only');
  const digitsFrom = (i: number) => {
    let n = 0;
    while (isDigit(text[i + n])) n++;
    return n;
  };
  const lead = digitsFrom(0);
  let set: 'B' | 'C' = lead >= 4 || (lead === text.length && lead % 2 === 0) ? 'C' : 'B';
  const values = [set === 'C' ? START_C : START_B];
  let i = 0;
  while (i < text.length) {
    if (set === 'C') {
      if (digitsFrom(i) >= 2) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
      } else {
        values.push(CODE_B);
        set = 'B';
      }
      continue;
    }
    const run = digitsFrom(i);
    if (run >= (i + run === text.length ? 4 : 6)) {
      // An odd run leaves its first digit in set B, so the rest pairs up.
      if (run % 2 === 1) values.push(text.charCodeAt(i++) - 32);
      values.push(CODE_C);
      set = 'C';
      continue;
    }
    values.push(text.charCodeAt(i++) - 32);
  }
  const checksum = values.reduce((sum, value, position) => sum + value * (position || 1), 0) % 103;
  return [...values, checksum, STOP];
}

/** The barcode's bars and spaces as widths in modules, bar first, quiet zones not included. */
export function code128Widths(text: string): number[] {
  return code128Values(text).flatMap((value) => [...CODE128_PATTERNS[value]!].map(Number));
}

/**
 * A Code 128 barcode as PDF vectors (one rectangle per bar), `width` × `height` points with the
 * quiet zones inside the width. Print it at least ~0.25 mm a module for everyday scanners.
 */
export function code128(text: string, width: number, height: number): ContentCanvas {
  const widths = code128Widths(text);
  const modules = widths.reduce((a, b) => a + b, 0) + 2 * QUIET_MODULES;
  const module = width / modules;
  const canvas: CanvasElement[] = [];
  let x = QUIET_MODULES * module;
  widths.forEach((w, index) => {
    if (index % 2 === 0)
      canvas.push({ type: 'rect', x, y: 0, w: w * module, h: height, color: '#000000' });
    x += w * module;
  });
  return { canvas };
}
