import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentTime } from './document-time';

describe('documentTime', () => {
  it('reads an instant as the company wall clock, whatever the reader zone', () => {
    expect(documentTime('2026-11-28T02:05:00Z', 'Asia/Shanghai')).toBe('2026-11-28 10:05');
    expect(documentTime('2026-11-28T16:30:00Z', 'Asia/Shanghai')).toBe('2026-11-29 00:30');
    expect(documentTime(null, 'Asia/Shanghai')).toBe('');
  });

  it('always prints YYYY-MM-DD HH:mm', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          expect(documentTime(date.toISOString(), 'Asia/Shanghai')).toMatch(
            /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/,
          );
        },
      ),
    );
  });
});
