import { crc32, deflateSync } from 'node:zlib';

// A tiny RGBA canvas and PNG encoder: the demo draws signatures and photos with it, and tests
// make images the way the phone's signature pad sends them.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA picture being drawn: width × height pixels, 4 bytes each, all transparent at first. */
export interface Canvas {
  width: number;
  height: number;
  rgba: Uint8Array;
}

export const blankCanvas = (width: number, height: number): Canvas => ({
  width,
  height,
  rgba: new Uint8Array(width * height * 4),
});

/** Fills a rectangle with one opaque colour (clipped to the canvas). */
export function fillRect(
  c: Canvas,
  rect: { x: number; y: number; w: number; h: number },
  rgb: readonly [number, number, number],
): void {
  for (let y = Math.max(0, rect.y); y < Math.min(c.height, rect.y + rect.h); y++)
    for (let x = Math.max(0, rect.x); x < Math.min(c.width, rect.x + rect.w); x++)
      c.rgba.set([...rgb, 255], (y * c.width + x) * 4);
}

/**
 * Presses a round pen nib of `radius` at (cx, cy): the ink's coverage fades over the last pixel
 * of the edge (a little anti-aliasing), and ink already there is never lightened.
 */
export function stamp(
  c: Canvas,
  cx: number,
  cy: number,
  radius: number,
  rgb: readonly [number, number, number],
): void {
  const reach = Math.ceil(radius + 1);
  for (let y = Math.floor(cy) - reach; y <= Math.ceil(cy) + reach; y++) {
    if (y < 0 || y >= c.height) continue;
    for (let x = Math.floor(cx) - reach; x <= Math.ceil(cx) + reach; x++) {
      if (x < 0 || x >= c.width) continue;
      const coverage = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(x - cx, y - cy)));
      if (coverage === 0) continue;
      const at = (y * c.width + x) * 4;
      const alpha = Math.round(coverage * 255);
      if (alpha <= c.rgba[at + 3]!) continue;
      c.rgba.set([...rgb, alpha], at);
    }
  }
}

/** The canvas as an 8-bit RGBA PNG (no filtering, one zlib stream), as a data URL. */
export function toPngDataUrl(c: Canvas): string {
  const stride = c.width * 4;
  const raw = Buffer.alloc((stride + 1) * c.height);
  for (let y = 0; y < c.height; y++)
    raw.set(c.rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(c.width, 0);
  header.writeUInt32BE(c.height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const png = Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
