import { describe, expect, it } from 'vitest';
import { signedQuantity } from './signedQuantity';

const central = { id: 'c', name: '中心库' };
const van = { id: 'v', name: '随车库' };

describe('signedQuantity', () => {
  it('shows stock coming in as +n and going out as -n', () => {
    expect(signedQuantity({ quantity: 10, from: null, to: central })).toBe('+10');
    expect(signedQuantity({ quantity: 1, from: van, to: null })).toBe('-1');
  });

  it('shows a transfer between two warehouses plain', () => {
    expect(signedQuantity({ quantity: 4, from: central, to: van })).toBe('4');
  });
});
