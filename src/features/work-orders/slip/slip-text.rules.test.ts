import { describe, expect, it } from 'vitest';
import { slipWindow } from './slip-text.rules';

describe('slipWindow', () => {
  it('shortens a window within one day and spells out one across days', () => {
    const tz = 'Asia/Shanghai';
    expect(slipWindow({ start: '2026-11-28T01:00:00Z', end: '2026-11-28T03:00:00Z' }, tz)).toBe(
      '2026-11-28 09:00–11:00',
    );
    expect(slipWindow({ start: '2026-11-28T09:00:00Z', end: '2026-11-28T17:00:00Z' }, tz)).toBe(
      '2026-11-28 17:00 – 2026-11-29 01:00',
    );
    expect(slipWindow(null, tz)).toBe('');
  });
});
