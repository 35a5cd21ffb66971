import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  code128,
  code128Values,
  code128Widths,
  CODE128_PATTERNS,
  isCode128Encodable,
} from './code128';
import { readCode128 } from './code128.test-support';

/** A pattern as modules: 1 for a bar, 0 for a space. */
const bits = (pattern: string) =>
  [...pattern].map((w, i) => (i % 2 === 0 ? '1' : '0').repeat(Number(w))).join('');

describe('Code 128', () => {
  it('has the symbols of the standard', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
    for (const pattern of CODE128_PATTERNS.slice(0, 106)) {
      expect(pattern).toHaveLength(6);
      expect([...pattern].reduce((sum, w) => sum + Number(w), 0)).toBe(11);
    }
    // Spot checks against the standard's table (ISO/IEC 15417, annex).
    expect(bits(CODE128_PATTERNS[0]!)).toBe('11011001100');
    expect(bits(CODE128_PATTERNS[33]!)).toBe('10100011000'); // "A" in set B
    expect(bits(CODE128_PATTERNS[99]!)).toBe('10111011110'); // Code C
    expect(bits(CODE128_PATTERNS[100]!)).toBe('10111101110'); // Code B
    expect(bits(CODE128_PATTERNS[104]!)).toBe('11010010000'); // Start B
    expect(bits(CODE128_PATTERNS[105]!)).toBe('11010011100'); // Start C
    expect(bits(CODE128_PATTERNS[106]!)).toBe('1100011101011'); // Stop
  });

  it('encodes text in set B with its checksum', () => {
    // W i k i p e d i a; checksum (104 + Σ value × position) mod 103 = 3281 mod 103 = 88.
    expect(code128Values('Wikipedia')).toEqual([104, 55, 73, 75, 73, 80, 69, 68, 73, 65, 88, 106]);
  });

  it('packs digits two a symbol in set C', () => {
    // 105 + 12 + 34·2 + 56·3 + 78·4 = 665; 665 mod 103 = 47.
    expect(code128Values('12345678')).toEqual([105, 12, 34, 56, 78, 47, 106]);
  });

  it('switches to set C for a long run of digits inside a return number and back', () => {
    // R R - | C 20 26 11 28 | B - 0 0 0 1 - 1 (a run of 4 digits mid-text stays in B).
    expect(code128Values('RR-20261128-0001-1')).toEqual([
      104, 50, 50, 13, 99, 20, 26, 11, 28, 100, 13, 16, 16, 16, 17, 13, 17, 55, 106,
    ]);
    // An odd run leaves its first digit in set B; a run at the end goes to set C.
    // 104 + 33 + 17·2 + 99·3 + 23·4 + 45·5 = 785; 785 mod 103 = 64.
    expect(code128Values('A12345')).toEqual([104, 33, 17, 99, 23, 45, 64, 106]);
  });

  it('reads the digit pair 99 in set C as digits, not as a switch', () => {
    // 105 + 99 + 0·2 = 204; 204 mod 103 = 101.
    expect(code128Values('9900')).toEqual([105, 99, 0, 101, 106]);
    expect(readCode128(code128('9900', 200, 20).canvas)).toBe('9900');
    expect(readCode128(code128('X-999999-9', 300, 20).canvas)).toBe('X-999999-9');
  });

  it('draws one rectangle per bar, the quiet zones inside the width', () => {
    const widths = code128Widths('SH-20261128-0001');
    const modules = widths.reduce((a, b) => a + b, 0);
    expect(modules).toBe(11 * (code128Values('SH-20261128-0001').length - 1) + 13);
    const { canvas } = code128('SH-20261128-0001', modules + 20, 30);
    expect(canvas).toHaveLength(widths.length / 2 + 0.5);
    const first = canvas[0] as { x: number; w: number; h: number };
    expect([first.x, first.w, first.h]).toEqual([10, widths[0], 30]);
    const last = canvas.at(-1) as { x: number; w: number };
    expect(last.x + last.w).toBeCloseTo(modules + 10);
  });

  it('reads back as the text it encodes, whatever the mix of digits and letters', () => {
    const printable = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...'0123456789'),
        fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      ),
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(printable, (text) => {
        expect(readCode128(code128(text, 400, 40).canvas)).toBe(text);
      }),
    );
  });

  it('refuses what it cannot encode', () => {
    expect(isCode128Encodable('RR-20261128-0001-1')).toBe(true);
    expect(isCode128Encodable('返修')).toBe(false);
    expect(isCode128Encodable('')).toBe(false);
    expect(() => code128Values('打印机')).toThrow();
  });
});
