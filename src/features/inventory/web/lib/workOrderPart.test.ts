import { describe, expect, it } from 'vitest';
import { vanPartRequest } from './workOrderPart';

const fuse = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'F-5A',
  name: '保险丝 5A',
  unit: '个',
  serialTracked: false,
};
const board = { ...fuse, code: 'MB-1', name: '主板', serialTracked: true };

describe('vanPartRequest', () => {
  it('sends an untracked part with the quantity typed, its name, code and price', () => {
    expect(vanPartRequest(fuse, { quantity: 3 }, 250, false)).toEqual({
      partId: fuse.id,
      name: '保险丝 5A',
      partNumber: 'F-5A',
      quantity: 3,
      unitPriceCents: 250,
      covered: false,
    });
  });

  it('sends a serial-tracked part as the one unit with its serial, whatever quantity was typed', () => {
    expect(vanPartRequest(board, { quantity: 4, serialNumber: ' MB0001 ' }, 120_000, true)).toEqual(
      {
        partId: board.id,
        name: '主板',
        partNumber: 'MB-1',
        quantity: 1,
        serialNumber: 'MB0001',
        unitPriceCents: 120_000,
        covered: true,
      },
    );
  });

  it('leaves a blank price to the catalogue', () => {
    expect(vanPartRequest(fuse, {}, null, true)).not.toHaveProperty('unitPriceCents');
    expect(vanPartRequest(fuse, {}, null, true).quantity).toBe(1);
  });

  it('never sends a serial for an untracked part', () => {
    expect(vanPartRequest(fuse, { quantity: 2, serialNumber: 'X' }, 0, false)).not.toHaveProperty(
      'serialNumber',
    );
  });
});
