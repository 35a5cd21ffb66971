import { describe, expect, it } from 'vitest';
import type { CatalogPartView } from '../../inventory.schemas';
import { partFormValues, toPartBody } from './partFormValues';

const part: CatalogPartView = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'PWR-01',
  name: '电源模块',
  unit: '块',
  serialTracked: true,
  priceCents: 38_050,
  note: null,
  models: [{ id: '00000000-0000-4000-8000-0000000000aa', code: 'M1', name: '监护仪' }],
  totalQuantity: 3,
  cancelled: false,
  version: 2,
};

describe('part form values', () => {
  it('shows the price in yuan and the models by id', () => {
    expect(partFormValues(part)).toEqual({
      code: 'PWR-01',
      name: '电源模块',
      unit: '块',
      serialTracked: true,
      priceYuan: 380.5,
      note: undefined,
      modelIds: ['00000000-0000-4000-8000-0000000000aa'],
    });
  });

  it('sends typed yuan as whole fen, without float drift', () => {
    const body = toPartBody({ ...partFormValues(part), priceYuan: 19.99 });
    expect(body.priceCents).toBe(1999);
    expect(toPartBody({ ...partFormValues(part), priceYuan: 0.29 }).priceCents).toBe(29);
  });

  it('round-trips a part through the form unchanged', () => {
    expect(toPartBody(partFormValues(part))).toEqual({
      code: 'PWR-01',
      name: '电源模块',
      unit: '块',
      serialTracked: true,
      priceCents: 38_050,
      modelIds: ['00000000-0000-4000-8000-0000000000aa'],
    });
  });

  it('trims texts, drops a blank note, and takes a blank price and unit as free and 个', () => {
    expect(
      toPartBody({
        code: ' F-1 ',
        name: ' 保险丝 ',
        unit: ' ',
        serialTracked: false,
        priceYuan: null,
        note: '  ',
        modelIds: [],
      }),
    ).toEqual({
      code: 'F-1',
      name: '保险丝',
      unit: '个',
      serialTracked: false,
      priceCents: 0,
      modelIds: [],
    });
  });
});
