import { describe, expect, it } from 'vitest';
import { detectImage } from './detect-image';

/** The smallest valid 1×1 PNG. */
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const WEBP_HEAD = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x24, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(24),
]);
const HEIC_HEAD = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypheic'),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from('mif1heic'),
]);

describe('detectImage', () => {
  it('recognises JPEG, PNG, WebP and HEIC by their bytes', async () => {
    expect(await detectImage(JPEG_HEAD)).toBe('image/jpeg');
    expect(await detectImage(PNG_1PX)).toBe('image/png');
    expect(await detectImage(WEBP_HEAD)).toBe('image/webp');
    expect(await detectImage(HEIC_HEAD)).toBe('image/heic');
  });

  it('refuses text, PDF, SVG, GIF and empty input', async () => {
    expect(await detectImage(Buffer.from('just some text pretending to be a png'))).toBeNull();
    expect(await detectImage(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBeNull();
    expect(
      await detectImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')),
    ).toBeNull();
    expect(await detectImage(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00'))).toBeNull();
    expect(await detectImage(Buffer.alloc(0))).toBeNull();
  });

  it('judges the content, not a forged header in the middle', async () => {
    const textThenPng = Buffer.concat([Buffer.from('hello '), PNG_1PX]);
    expect(await detectImage(textThenPng)).toBeNull();
  });
});
