import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectImage } from '../../platform/files/detect-image';
import { renderPdf } from '../../platform/pdf';
import { pdfText } from '../../platform/pdf/pdf-text';
import { signaturePng } from '../work-orders/on-site.schemas';
import { signaturePngFor, testPagePhoto } from './demo-pictures';

const bytesOf = (dataUrl: string) =>
  Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64');

/** Width, height and the RGBA pixels of one of our PNGs (one IDAT, no filtering). */
function decode(png: Buffer) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.toString('ascii', 37, 41)).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const stride = width * 4 + 1;
  expect(raw.length).toBe(stride * height);
  const alphas: number[] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0); // filter type "none"
    for (let x = 0; x < width; x++) alphas.push(raw[y * stride + 1 + x * 4 + 3]!);
  }
  return { width, height, alphas };
}

describe('signaturePngFor', () => {
  it('makes a PNG data URL that the signature checks accept', async () => {
    const url = signaturePngFor('王老师');
    expect(signaturePng.safeParse(url).success).toBe(true);
    const png = bytesOf(url);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await detectImage(png)).toBe('image/png');
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
  });

  it('draws a stroke on a transparent pad: some ink, mostly clear', () => {
    const { width, height, alphas } = decode(bytesOf(signaturePngFor('李主任')));
    expect([width, height]).toEqual([360, 120]);
    const inked = alphas.filter((a) => a > 0).length / alphas.length;
    expect(inked).toBeGreaterThan(0.02);
    expect(inked).toBeLessThan(0.3);
    // The ink spans most of the pad's width, as a handwritten name does.
    const columns = new Set(alphas.flatMap((a, i) => (a > 128 ? [i % width] : [])));
    expect(Math.max(...columns) - Math.min(...columns)).toBeGreaterThan(width * 0.6);
  });

  it('goes onto a printed slip (the PDF engine decodes it)', async () => {
    const pdf = await renderPdf({
      content: [{ text: '客户签字' }, { image: signaturePngFor('王老师'), fit: [150, 48] }],
    });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    expect(await pdfText(pdf)).toContain('客户签字');
  });

  it('is the same for the same signer and differs between signers', () => {
    expect(signaturePngFor('张护士长')).toBe(signaturePngFor('张护士长'));
    expect(signaturePngFor('张护士长')).not.toBe(signaturePngFor('马主任'));
  });
});

describe('testPagePhoto', () => {
  it('is an opaque PNG a photo upload accepts', async () => {
    const png = bytesOf(testPagePhoto());
    expect(await detectImage(png)).toBe('image/png');
    const { width, height, alphas } = decode(png);
    expect([width, height]).toEqual([240, 160]);
    expect(alphas.every((a) => a === 255)).toBe(true);
  });
});
