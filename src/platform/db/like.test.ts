import { describe, expect, it } from 'vitest';
import { containing, startingWith } from './like';

describe('LIKE patterns', () => {
  it('take %, _ and \\ typed by a user literally', () => {
    expect(containing('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    expect(startingWith('SN_1')).toBe('SN\\_1%');
    expect(containing('打印机')).toBe('%打印机%');
  });
});
