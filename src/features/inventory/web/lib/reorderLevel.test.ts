import { describe, expect, it } from 'vitest';
import { parseReorderLevel } from './reorderLevel';

describe('parseReorderLevel', () => {
  it('takes a whole number from 0 to 100,000', () => {
    expect(parseReorderLevel('0')).toBe(0);
    expect(parseReorderLevel(' 12 ')).toBe(12);
    expect(parseReorderLevel('100000')).toBe(100_000);
  });

  it('clears the level when left blank', () => {
    expect(parseReorderLevel('')).toBeNull();
    expect(parseReorderLevel('   ')).toBeNull();
  });

  it('refuses anything else', () => {
    for (const text of ['-1', '1.5', 'abc', '100001', '1e3', '12个']) {
      expect(parseReorderLevel(text), text).toBe('invalid');
    }
  });
});
