import { describe, expect, it } from 'vitest';
import { centsToYuan, formatCents, yuanToCents } from './money';

describe('money', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(formatCents(12_000_000)).toBe('¥120,000.00');
    expect(formatCents(5)).toBe('¥0.05');
    expect(formatCents(null)).toBe('');
  });

  it('turns typed yuan into whole fen without float drift', () => {
    expect(yuanToCents(19.99)).toBe(1999);
    expect(yuanToCents(0.1 + 0.2)).toBe(30);
    expect(yuanToCents(null)).toBeNull();
    expect(centsToYuan(1999)).toBe(19.99);
  });
});
