import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, keepLines, labelLines, mustFitEm, textWidthEm } from './label-text.rules';

const facts = {
  companyName: '宁夏远景科技',
  hotline: '0951-6000000',
  brandName: '迈瑞',
  modelCode: 'BC-5390',
  modelName: '血液细胞分析仪',
  serialNumber: 'SN-001',
  departmentName: '检验科',
  location: null,
};

describe('label text', () => {
  it('cuts a line to the width with an ellipsis, and leaves one that fits alone', () => {
    expect(fitText('SN-001', 100, 8)).toBe('SN-001');
    expect(fitText('银川市第一人民医院检验科', 40, 8)).toBe('银川市第…');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.double({ min: 10, max: 300, noNaN: true }),
        fc.double({ min: 4.5, max: 10, noNaN: true }),
        (text, width, size) => {
          const fitted = fitText(text, width, size);
          expect(textWidthEm(fitted) * size).toBeLessThanOrEqual(width + 1e-9);
          if (textWidthEm(text) * size <= width) expect(fitted).toBe(text);
        },
      ),
    );
  });

  it('writes the chosen fields, the scan hint and the hotline, in display order', () => {
    const lines = labelLines(facts, ['serialNumber', 'company', 'model', 'department']);
    expect(lines.map((line) => line.text)).toEqual([
      '宁夏远景科技',
      '型号 BC-5390 迈瑞 血液细胞分析仪',
      'SN SN-001',
      '科室 检验科',
      '扫码报修',
      '服务热线 0951-6000000',
    ]);
    expect(labelLines({ ...facts, hotline: null }, ['location']).map((l) => l.key)).toEqual([
      'scanHint',
    ]);
    expect(mustFitEm(lines)).toBe(textWidthEm('服务热线 0951-6000000'));
  });

  it('keeps the hotline, serial number and model when a label is too small for all', () => {
    const lines = labelLines(facts, ['company', 'model', 'serialNumber', 'department']);
    expect(keepLines(lines, 3).map((line) => line.key)).toEqual([
      'model',
      'serialNumber',
      'hotline',
    ]);
    expect(keepLines(lines, 10)).toEqual(lines);
    expect(keepLines(lines, 0)).toEqual([]);
  });
});
