import { describe, expect, it } from 'vitest';
import { goodPartsBody } from '../../repair-return.schemas';
import { goodPartsBodyOf, splitSerials } from './goodPartsValues';

const WAREHOUSE = '6f1c1b0e-8f0a-4a37-9a39-2c3b2a1d0e01';
const PART = '6f1c1b0e-8f0a-4a37-9a39-2c3b2a1d0e02';

describe('splitSerials', () => {
  it('takes one serial a line or comma (either width), blanks dropped', () => {
    expect(splitSerials(' SN1\nSN2，SN3, \n\nSN4;SN5 ')).toEqual([
      'SN1',
      'SN2',
      'SN3',
      'SN4',
      'SN5',
    ]);
    expect(splitSerials(undefined)).toEqual([]);
  });
});

describe('goodPartsBodyOf', () => {
  it('counts the serials when no quantity is typed', () => {
    const body = goodPartsBodyOf({
      warehouseId: WAREHOUSE,
      lines: [{ partId: PART, serials: 'A1\nA2' }],
    });
    expect(body).toEqual({
      warehouseId: WAREHOUSE,
      lines: [{ partId: PART, quantity: 2, serialNumbers: ['A1', 'A2'] }],
    });
    expect(goodPartsBody.safeParse(body).success).toBe(true);
  });

  it('keeps a typed quantity and leaves out an empty serial list', () => {
    const body = goodPartsBodyOf({
      warehouseId: WAREHOUSE,
      lines: [{ partId: PART, quantity: 3 }],
    });
    expect(body.lines).toEqual([{ partId: PART, quantity: 3 }]);
  });

  it('lets the schema name what is missing', () => {
    const result = goodPartsBody.safeParse(goodPartsBodyOf({ lines: [{}] }));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['warehouseId', 'lines.0.partId', 'lines.0.quantity']);
  });
});
