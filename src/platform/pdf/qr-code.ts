import QRCode, { type QRCodeErrorCorrectionLevel } from 'qrcode';
import type { CanvasElement, ContentCanvas } from 'pdfmake/interfaces';

export interface QrCodeOptions {
  /** Defaults to M (15 % of the code may be damaged). */
  errorCorrectionLevel?: QRCodeErrorCorrectionLevel;
  /** White modules around the code; the standard asks for 4, labels manage with 1–2. */
  quietModules?: number;
}

/**
 * A QR code as PDF vectors, one rectangle per run of dark modules: sharp at any size and on
 * any printer. `size` is the side in points, quiet zone included. Measured on 240 labels:
 * a 375 px PNG from `qrcode` costs ~100 ms a code to encode, an SVG node ~11 ms to render,
 * these rectangles ~4 ms.
 */
export function qrCode(text: string, size: number, options: QrCodeOptions = {}): ContentCanvas {
  const { errorCorrectionLevel = 'M', quietModules = 1 } = options;
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  const count = modules.size;
  const module = size / (count + 2 * quietModules);
  const offset = quietModules * module;
  // Runs overlap by a hair, so that a viewer's anti-aliasing draws no seams between them.
  const seam = module * 0.02;
  const canvas: CanvasElement[] = [
    { type: 'rect', x: 0, y: 0, w: size, h: size, color: '#ffffff' },
  ];
  for (let row = 0; row < count; row++) {
    let start = -1;
    for (let col = 0; col <= count; col++) {
      const isDark = col < count && Boolean(modules.get(row, col));
      if (isDark && start < 0) start = col;
      if (!isDark && start >= 0) {
        canvas.push({
          type: 'rect',
          x: offset + start * module,
          y: offset + row * module,
          w: (col - start) * module + seam,
          h: module + seam,
          color: '#000000',
        });
        start = -1;
      }
    }
  }
  return { canvas };
}
