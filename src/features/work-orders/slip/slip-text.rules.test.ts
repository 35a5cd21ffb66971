import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillTemplate, slipTime, slipWindow } from './slip-text.rules';

describe('slipTime', () => {
  it('reads an instant as the company wall clock, whatever the reader zone', () => {
    expect(slipTime('2026-11-28T02:05:00Z', 'Asia/Shanghai')).toBe('2026-11-28 10:05');
    expect(slipTime('2026-11-28T16:30:00Z', 'Asia/Shanghai')).toBe('2026-11-29 00:30');
    expect(slipTime(null, 'Asia/Shanghai')).toBe('');
  });

  it('always prints YYYY-MM-DD HH:mm', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          expect(slipTime(date.toISOString(), 'Asia/Shanghai')).toMatch(
            /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/,
          );
        },
      ),
    );
  });
});

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

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fillTemplate('第 {{page}} 页 / 共 {{pages}} 页', { page: 1, pages: 2 })).toBe(
      '第 1 页 / 共 2 页',
    );
    expect(fillTemplate('{{a}} {{b}}', { a: 'x' })).toBe('x {{b}}');
  });
});
