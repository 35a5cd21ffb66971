import type { Language } from '../../../../web/i18n/languages';

/**
 * The language of a public page: the one the visitor chose here before, else English when the
 * browser's first preference is English, else Chinese (the product's default).
 */
export function preferredLanguage(
  stored: Language | null,
  browserLanguages: readonly string[],
): Language {
  if (stored) return stored;
  return browserLanguages[0]?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
