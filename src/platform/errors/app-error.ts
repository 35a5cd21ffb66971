import { ERROR_CODES, type ErrorCode } from './error-codes';

/** The one error type use cases throw; the HTTP layer maps it through ERROR_CODES. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Values for the message's {placeholders}, and field details for validation errors. */
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export type Language = 'zh' | 'en';

export function errorMessage(
  code: ErrorCode,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  const template: string = ERROR_CODES[code][language];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function errorStatus(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}
