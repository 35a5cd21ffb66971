import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../platform/errors/error-codes';
import { errorMessage } from '../../platform/errors/app-error';

/** Every code the work-order and repair-return server code can throw, read from the source. */
function thrownCodes(): string[] {
  const codes = new Set<string>();
  for (const folder of ['.', '../repair-returns']) {
    const dir = fileURLToPath(new URL(`${folder}/`, import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test')))
      // Error codes are the only upper-case string literals in these files.
      for (const [, code] of readFileSync(`${dir}${file}`, 'utf8').matchAll(/'([A-Z][A-Z_]{3,})'/g))
        codes.add(code!);
  }
  return [...codes].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the errors of the on-site workflow', () => {
  const codes = thrownCodes();

  it('are found in the source (the scan works)', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        'CHECKLIST_INCOMPLETE',
        'QUOTE_APPROVAL_REQUIRED',
        'TRAVEL_REASON_REQUIRED',
        'CAR_NOT_APPROVED',
        'CAR_REQUEST_PENDING',
        'GIVEN_AT_IN_FUTURE',
        'HAND_OVER_TO_SELF',
        'QUOTE_NOT_OF_ORDER',
        'SIGNATURE_NOT_PNG',
        'PHOTO_NOT_IMAGE',
      ]),
    );
  });

  it('each have a status and a message in Chinese and in English with the same placeholders', () => {
    for (const code of codes) {
      expect(ERROR_CODES, code).toHaveProperty(code);
      const entry = ERROR_CODES[code as ErrorCode];
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.zh.trim(), code).not.toBe('');
      expect(entry.en.trim(), code).not.toBe('');
      expect(entry.zh, `${code} is translated`).not.toBe(entry.en);
      expect(placeholders(entry.zh), code).toEqual(placeholders(entry.en));
    }
  });

  it('fill their placeholders in both languages', () => {
    const params = { items: '佩戴工牌', maxMb: 6, max: 30 };
    for (const code of codes)
      for (const language of ['zh', 'en'] as const)
        expect(errorMessage(code as ErrorCode, language, params), code).not.toMatch(/\{\w+\}/);
  });
});
