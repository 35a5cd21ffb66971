import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDay, isXlsx, readSheet, wallClockDate, writeWorkbook } from '.';

const columns = [
  { key: 'name', header: '客户名称', aliases: ['Customer name'], required: true },
  { key: 'zone', header: '服务区域', aliases: ['zone'] },
  { key: 'price', header: '购买价格(元)', aliases: ['Purchase price'] },
] as const;

async function workbookOf(rows: unknown[][], sheetName = '导入'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('writeWorkbook and readSheet', () => {
  it('round-trips a Chinese sheet with typed cells, a bold frozen header and widths', async () => {
    const buffer = await writeWorkbook(
      [
        {
          name: '客户',
          columns: [
            { key: 'name', header: '客户名称' },
            { key: 'zone', header: '服务区域' },
            { key: 'price', header: '购买价格(元)', kind: 'money' },
            { key: 'day', header: '安装日期', kind: 'date' },
            { key: 'at', header: '创建时间', kind: 'datetime' },
          ],
          rows: [
            {
              name: '银川市第一人民医院',
              zone: '市区',
              price: 1234567,
              day: '2026-03-05',
              at: new Date('2026-11-27T16:30:00Z'),
            },
          ],
        },
      ],
      { timeZone: 'Asia/Shanghai' },
    );
    expect(isXlsx(buffer)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('客户')!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(3).width).toBeGreaterThan(8);
    const row = sheet.getRow(2);
    expect(row.getCell(3).value).toBe(12345.67);
    expect(row.getCell(3).numFmt).toBe('#,##0.00');
    expect((row.getCell(4).value as Date).toISOString()).toBe('2026-03-05T00:00:00.000Z');
    // 16:30 UTC is 00:30 the next day in Shanghai: the sheet shows the tenant's wall clock.
    expect((row.getCell(5).value as Date).toISOString()).toBe('2026-11-28T00:30:00.000Z');

    const read = await readSheet(buffer, columns);
    expect(read.missingColumns).toEqual([]);
    expect(read.rows).toEqual([
      { row: 2, cells: { name: '银川市第一人民医院', zone: '市区', price: 12345.67 } },
    ]);
  });

  it('matches English aliases in any order and case, and skips blank rows', async () => {
    const buffer = await workbookOf([
      ['ZONE', ' customer NAME ', 'ignored'],
      ['郊县', '永宁县医院', 'x'],
      [null, null, null],
      ['', '  贺兰县医院 ', null],
    ]);
    const read = await readSheet(buffer, columns);
    expect(read.rows).toEqual([
      { row: 2, cells: { name: '永宁县医院', zone: '郊县', price: null } },
      { row: 4, cells: { name: '贺兰县医院', zone: null, price: null } },
    ]);
  });

  it('reports required columns that are missing', async () => {
    const read = await readSheet(await workbookOf([['服务区域'], ['市区']]), columns);
    expect(read.missingColumns.map((c) => c.header)).toEqual(['客户名称']);
  });

  it('flattens rich text and formula results', async () => {
    const buffer = await workbookOf([
      ['客户名称', '购买价格(元)'],
      [{ richText: [{ text: '银川' }, { text: '医院' }] }, { formula: '1+1', result: 2 }],
    ]);
    const read = await readSheet(buffer, columns);
    expect(read.rows[0]!.cells).toMatchObject({ name: '银川医院', price: 2 });
  });
});

describe('dates and file type', () => {
  it('converts Excel day serials and wall clocks', () => {
    expect(excelSerialToIsoDay(46086)).toBe('2026-03-05');
    expect(wallClockDate(new Date('2026-01-01T00:00:00Z'), 'Asia/Shanghai').toISOString()).toBe(
      '2026-01-01T08:00:00.000Z',
    );
  });

  it('recognises an xlsx by its zip signature only', () => {
    expect(isXlsx(Buffer.from('PK\u0003\u0004rest'))).toBe(true);
    expect(isXlsx(Buffer.from('name,phone\n'))).toBe(false);
    expect(isXlsx(new Uint8Array())).toBe(false);
  });
});
