import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_STORAGE_KEY } from '../../../../web/i18n/languages';
import { preferredLanguage } from './preferredLanguage';

function storedChoice() {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * A visitor from a QR code has never chosen a language here: follow the browser's preference
 * for this visit without storing it (the switch stores an explicit choice).
 */
export function useBrowserLanguage(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const language = preferredLanguage(storedChoice(), navigator.languages ?? []);
    if (language !== i18n.language) {
      document.documentElement.lang = language;
      void i18n.changeLanguage(language);
    }
    // Once, on arrival: later changes come from the language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
