import { useTranslation } from 'react-i18next';

/** A server-given reason `{zh, en}` in the current language. */
export function useReasonText(): (reason: { zh: string; en: string }) => string {
  const { i18n } = useTranslation();
  return (reason) => (i18n.language === 'en' ? reason.en : reason.zh);
}
