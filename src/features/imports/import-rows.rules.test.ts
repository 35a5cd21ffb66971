import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainCell } from '../../platform/excel/cell-value';
import { parseAssetRows } from './asset-rows.rules';
import { CellReader } from './cell-reader.rules';
import { parseCustomerRows } from './customer-rows.rules';

const labels = { v: { zh: '值', en: 'Value' } };
const reader = (v: PlainCell) => new CellReader(2, { v }, labels);

describe('CellReader', () => {
  it('turns any yuan amount with two decimals into exact fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (cents) => {
        const yuan = cents / 100;
        expect(reader(yuan).money('v')).toBe(cents);
        expect(reader(yuan.toFixed(2)).money('v')).toBe(cents);
      }),
    );
  });

  it('reads dates typed in the usual ways, and refuses impossible ones', () => {
    expect(reader('2026-3-5').day('v')).toBe('2026-03-05');
    expect(reader('2026/03/05').day('v')).toBe('2026-03-05');
    expect(reader('2026年3月5日').day('v')).toBe('2026-03-05');
    expect(reader(46086).day('v')).toBe('2026-03-05');
    expect(reader(new Date('2026-03-05T00:00:00Z')).day('v')).toBe('2026-03-05');
    const bad = reader('2026-02-30');
    expect(bad.day('v')).toBeNull();
    expect(bad.failures[0]).toMatchObject({ row: 2, code: 'INVALID_DATE', column: '值' });
  });

  it('refuses numbers out of range with both languages', () => {
    const read = reader('95');
    expect(read.number('v', { min: -90, max: 90 })).toBeNull();
    expect(read.failures[0]).toMatchObject({
      reasonZh: '值超出范围（-90 至 90）',
      reasonEn: 'Value is out of range (-90 to 90)',
    });
  });
});

describe('rows within a file', () => {
  const customer = (row: number, code: string | null, name: string, department: string | null) => ({
    row,
    cells: { code, name, phone: null, address: null, zone: null, lat: null, lng: null, department },
  });

  it('lets a customer repeat to add departments, and refuses a repeat that adds nothing', () => {
    const { customers, failures } = parseCustomerRows([
      customer(2, 'C1', '一院', '放射科'),
      customer(3, 'C1', '一院', '检验科'),
      customer(4, 'C1', '一院', '放射科'),
      customer(5, null, '二院', null),
      customer(6, null, '二院', null),
    ]);
    expect(customers.map((c) => [c.row, c.departments.map((d) => d.name)])).toEqual([
      [2, ['放射科', '检验科']],
      [5, []],
    ]);
    expect(failures.map((f) => [f.row, f.code])).toEqual([
      [4, 'DUPLICATE_IN_FILE'],
      [6, 'DUPLICATE_IN_FILE'],
    ]);
  });

  it('flags the same model and serial twice, but not the same serial of another model', () => {
    const asset = (row: number, serial: string, modelCode: string) => ({
      row,
      cells: {
        serial,
        brand: '迈瑞',
        modelCode,
        modelName: null,
        category: null,
        customer: 'C1',
        department: null,
        location: null,
        purchasedOn: null,
        installedOn: null,
        warrantyPolicy: null,
        purchasePrice: null,
        lat: null,
        lng: null,
        note: null,
      },
    });
    const { assets, failures } = parseAssetRows([
      asset(2, 'SN1', 'T5'),
      asset(3, 'SN1', 'T8'),
      asset(4, 'SN1', 'T5'),
    ]);
    expect(assets.map((a) => a.row)).toEqual([2, 3]);
    expect(failures).toMatchObject([{ row: 4, code: 'DUPLICATE_IN_FILE', column: '序列号' }]);
  });
});
