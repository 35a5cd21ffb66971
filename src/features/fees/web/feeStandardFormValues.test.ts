import { describe, expect, it } from 'vitest';
import { feeStandardContent } from '../fees.schemas';
import { toContent, toFormValues } from './feeStandardFormValues';
import { formatCents, yuanToCents } from '../../../platform/format';

const PC = '00000000-0000-4000-8000-000000000001';
const content = feeStandardContent.parse({
  labour: [
    { categoryId: PC, level: 1, amountCents: 5_050 },
    { categoryId: PC, level: 3, amountCents: 20_000 },
  ],
  defaultLabourCents: { '1': 3_000, '2': 6_000, '3': 12_000 },
  travel: {
    mode: 'distance',
    zones: [{ zone: 'city', amountCents: 2_990 }],
    baseCents: 1_000,
    perKmCents: 150,
    freeKm: 5,
  },
  inspectionCents: null,
  partsMarkupPercent: 10,
});

describe('fee standard form values', () => {
  it('round-trips content through the yuan form without drift', () => {
    const values = toFormValues(content, '2026-12-01', null);
    expect(values.labour[PC]).toEqual({ '1': 50.5, '3': 200 });
    expect(toContent(values)).toEqual(content);
  });

  it('leaves empty cells to the default and empty zones unpriced', () => {
    const values = toFormValues(content, '2026-12-01', null);
    values.labour[PC] = { '1': null, '2': 0.1 };
    values.zones = { city: null, county: 0.29 };
    values.inspectionYuan = 0.07;
    const back = toContent(values);
    expect(back.labour).toEqual([{ categoryId: PC, level: 2, amountCents: 10 }]);
    expect(back.travel.zones).toEqual([{ zone: 'county', amountCents: 29 }]);
    expect(back.inspectionCents).toBe(7);
  });

  it('formats fen as yuan with two decimals', () => {
    expect(formatCents(123_450)).toBe('¥1,234.50');
    expect(formatCents(7)).toBe('¥0.07');
    expect(formatCents(0)).toBe('¥0.00');
    expect(yuanToCents(0.29)).toBe(29);
    expect(yuanToCents(19.99)).toBe(1_999);
    expect(yuanToCents(1.005)).toBe(101);
  });
});
