import { describe, expect, it } from 'vitest';
import { qrCode, renderPdfInWorker } from '../../platform/pdf';
import { canvasesOf, readCode128 } from '../../platform/pdf/code128.test-support';
import { pdfPageCount, pdfText } from '../../platform/pdf/pdf-text';
import { type ReturnLabelsData, returnLabelsDocument } from './return-labels-document';

const data: ReturnLabelsData = {
  number: 'RR-20261128-0001',
  customerName: '银川市第一人民医院',
  // 01:30 on the 29th in 银川: the label prints the local day.
  takenAt: '2026-11-28T17:30:00.000Z',
  timeZone: 'Asia/Shanghai',
  items: [
    { seq: 1, description: 'LaserJet M404 打印机', serialNumber: 'CNB1234' },
    { seq: 2, description: '电源适配器', serialNumber: null },
    {
      seq: 3,
      description: '这是一段非常非常长的物品描述，远远超过标签上能放下的宽度',
      serialNumber: 'X',
    },
  ],
};

// Rendering loads the 8 MB font on the first document: seconds on a busy machine.
describe('the item labels of a return', { timeout: 30_000 }, () => {
  it('print one page per item with the return number, item n/total, serial, customer and day', async () => {
    const pdf = await renderPdfInWorker(returnLabelsDocument(data));
    expect(await pdfPageCount(pdf)).toBe(3);
    const text = await pdfText(pdf);
    for (const expected of [
      '返修物品标签',
      'RR-20261128-0001',
      '物品 1/3',
      '物品 2/3',
      '物品 3/3',
      'LaserJet M404 打印机',
      '序列号 CNB1234',
      '电源适配器',
      '序列号 —',
      '客户 银川市第一人民医院',
      '带回日期 2026-11-29',
      'RR-20261128-0001-1',
      'RR-20261128-0001-2',
      'RR-20261128-0001-3',
      '这是一段非常非常长的物品描述，远远超过标签…',
    ])
      expect(text, expected).toContain(expected);
  });

  it('carry a barcode and a QR code of "<return number>-<item>" on each label', () => {
    const canvases = canvasesOf(returnLabelsDocument(data).content);
    const isQr = (c: (typeof canvases)[number]) =>
      c[0]?.type === 'rect' && c[0].color === '#ffffff';
    const barcodes = canvases.filter((c) => !isQr(c)).map(readCode128);
    expect(barcodes).toEqual(['RR-20261128-0001-1', 'RR-20261128-0001-2', 'RR-20261128-0001-3']);
    const qrs = canvases.filter(isQr);
    expect(qrs).toHaveLength(3);
    qrs.forEach((canvas, index) => {
      const size = (canvas[0] as { w: number }).w;
      expect(canvas).toEqual(qrCode(`RR-20261128-0001-${index + 1}`, size).canvas);
    });
  });
});
