import { describe, expect, it } from 'vitest';
import { renderPdfInWorker } from '../../platform/pdf';
import { canvasesOf, readCode128 } from '../../platform/pdf/code128.test-support';
import { pdfPageCount, pdfText } from '../../platform/pdf/pdf-text';
import { goodPartsLabelsDocument } from './good-parts-labels-document';

const labels = [
  {
    partCode: 'RM2-5452',
    partName: '搓纸轮组件',
    serialNumber: null,
    repairReturnNumber: 'RR-20261128-0001',
  },
  {
    partCode: 'CE390A',
    partName: '硒鼓',
    serialNumber: 'TN-0042',
    repairReturnNumber: 'RR-20261128-0001',
  },
];

describe('the labels of good parts taken in', { timeout: 30_000 }, () => {
  it('print one page per part: code, name, serial, the return it came from', async () => {
    const pdf = await renderPdfInWorker(goodPartsLabelsDocument(labels));
    expect(await pdfPageCount(pdf)).toBe(2);
    const text = await pdfText(pdf);
    for (const expected of [
      '良品备件',
      'RM2-5452',
      '搓纸轮组件',
      'CE390A',
      '硒鼓',
      '序列号 TN-0042',
      '来自返修单 RR-20261128-0001',
    ])
      expect(text, expected).toContain(expected);
  });

  it('carry a barcode of the serial number, else of the part code', () => {
    const barcodes = canvasesOf(goodPartsLabelsDocument(labels).content).map(readCode128);
    expect(barcodes).toEqual(['RM2-5452', 'TN-0042']);
  });
});
