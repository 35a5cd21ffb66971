import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './ApiError';

/** What to tell the user about a failed request: the server's own message when it sent one. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.message) return error.message;
  if (error instanceof NetworkError) return t('common.networkError');
  return t('common.unknownError');
}
