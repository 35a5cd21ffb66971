import { PhoneOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** A tap-to-call button; nothing when the company has no hotline on file. */
export function HotlineLink({ hotline }: { hotline: string | null | undefined }) {
  const { t } = useTranslation();
  if (!hotline) return null;
  return (
    <Button icon={<PhoneOutlined />} href={`tel:${hotline.replace(/[^0-9+]/g, '')}`}>
      {t('publicReport.hotline')} {hotline}
    </Button>
  );
}
