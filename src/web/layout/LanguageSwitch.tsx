import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

const LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'EN' };

/** Each language names itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('common.language')}
      data-testid="language-switch"
      value={currentLanguage()}
      options={(Object.keys(LABELS) as Language[]).map((value) => ({
        value,
        label: LABELS[value],
      }))}
      onChange={(value) => void setLanguage(value)}
    />
  );
}
