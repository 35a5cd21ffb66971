import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { showLanguage, storedLanguageChoice } from '../../../../web/i18n/i18n';
import { preferredLanguage } from './preferredLanguage';

/**
 * A visitor from a QR code has never chosen a language here: follow the browser's preference
 * for this visit without storing it (the switch stores an explicit choice).
 */
export function useBrowserLanguage(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const language = preferredLanguage(storedLanguageChoice(), navigator.languages ?? []);
    if (language !== i18n.language) void showLanguage(language);
    // Once, on arrival: later changes come from the language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
