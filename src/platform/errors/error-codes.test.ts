import { describe, expect, it } from 'vitest';
import { ERROR_CODE_PARTS, ERROR_CODES } from './error-codes';

describe('the error-code map', () => {
  it('holds every code of every part, with that part’s entry, each code once', () => {
    const fromParts = ERROR_CODE_PARTS.flatMap((part) => Object.entries(part));
    expect(Object.keys(ERROR_CODES)).toHaveLength(fromParts.length);
    for (const [code, entry] of fromParts) expect(ERROR_CODES, code).toHaveProperty(code, entry);
  });

  it('gives each code an error status and a message in both languages', () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(entry.zh.trim(), code).not.toBe('');
      expect(entry.en.trim(), code).not.toBe('');
      expect(entry.zh, `${code} is translated`).not.toBe(entry.en);
    }
  });
});
