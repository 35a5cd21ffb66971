import QRCode from 'qrcode';
import type { CanvasRect } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { qrCode } from './qr-code';

describe('qrCode', () => {
  it('draws exactly the dark modules of the encoded symbol, inside the quiet zone', () => {
    const text = 'https://service.example.cn/p/AbCdEfGhIjKlMnOpQrStUvWx';
    const size = 100;
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const count = modules.size;
    const module = size / (count + 2);
    const [background, ...runs] = qrCode(text, size).canvas as CanvasRect[];
    expect(background).toMatchObject({ x: 0, y: 0, w: size, h: size, color: '#ffffff' });
    const drawn = new Set<string>();
    for (const run of runs) {
      const row = Math.round(run.y / module) - 1;
      const first = Math.round(run.x / module) - 1;
      for (let col = first; col < first + Math.round(run.w / module); col++)
        drawn.add(`${row},${col}`);
    }
    for (let row = 0; row < count; row++)
      for (let col = 0; col < count; col++)
        expect(drawn.has(`${row},${col}`)).toBe(Boolean(modules.get(row, col)));
  });

  it('uses a stronger error correction when asked', () => {
    const text = 'https://service.example.cn/p/AbCdEfGhIjKlMnOpQrStUvWx';
    const low = qrCode(text, 100, { errorCorrectionLevel: 'L' }).canvas.length;
    const high = qrCode(text, 100, { errorCorrectionLevel: 'H' }).canvas.length;
    expect(high).toBeGreaterThan(low);
  });
});
