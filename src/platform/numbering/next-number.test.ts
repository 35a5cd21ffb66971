import { describe, expect, it } from 'vitest';
import { localDay } from './next-number';

describe('localDay', () => {
  it('uses the tenant time zone, not UTC', () => {
    // 17:00 UTC on the 27th is already 01:00 on the 28th in Beijing time.
    expect(localDay(new Date('2026-11-27T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-28');
    expect(localDay(new Date('2026-11-27T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-27');
  });
});
