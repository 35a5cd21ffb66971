import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** What is collected, why, who sees it and how long it is kept, before the consent box. */
export function PrivacyNotice() {
  const { t } = useTranslation();
  return (
    <div
      data-testid="privacy-notice"
      style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: 12 }}
    >
      <Typography.Text strong>{t('publicReport.privacyTitle')}</Typography.Text>
      <ul style={{ margin: '8px 0 0', paddingInlineStart: 18, fontSize: 13, lineHeight: 1.6 }}>
        <li>{t('publicReport.privacyWhat')}</li>
        <li>{t('publicReport.privacyWhy')}</li>
        <li>{t('publicReport.privacyWho')}</li>
        <li>{t('publicReport.privacyKeep')}</li>
      </ul>
    </div>
  );
}
