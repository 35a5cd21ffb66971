import { describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText } from './pdf-text';
import { mm, renderPdf } from './render-pdf';
import { renderPdfInWorker } from './render-pdf-in-worker';

const HOSPITAL = '银川市第一人民医院 检验科 扫码报修';

describe('renderPdf', () => {
  it('embeds the bundled Chinese font, so CJK text survives a round trip', async () => {
    const pdf = await renderPdf({
      content: [{ text: HOSPITAL }, { text: '服务热线 0951-6000000', bold: true }, 'SN ABC-123'],
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain(HOSPITAL);
    expect(text).toContain('服务热线 0951-6000000');
    expect(text).toContain('SN ABC-123');
    // A subset, not the 8 MB font: only the glyphs used are embedded.
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('lays out several pages and refuses to read local files', async () => {
    const pdf = await renderPdf({
      content: [{ text: '第一页', pageBreak: 'after' }, { text: '第二页' }],
    });
    expect(await pdfPageCount(pdf)).toBe(2);
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(
      /denied by resource access policy/,
    );
  });

  it('renders on a worker thread too, and reports its errors', async () => {
    const [first, second] = await Promise.all([
      renderPdfInWorker({ content: [HOSPITAL] }),
      renderPdfInWorker({ content: ['第二份 SN-2'] }),
    ]);
    expect(await pdfText(first!)).toContain(HOSPITAL);
    expect(await pdfText(second!)).toContain('第二份 SN-2');
    await expect(renderPdfInWorker({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(
      /denied by resource access policy/,
    );
  });

  it('converts millimetres to points', () => {
    expect(mm(25.4)).toBeCloseTo(72);
    expect(mm(210)).toBeCloseTo(595.28, 1);
  });
});
