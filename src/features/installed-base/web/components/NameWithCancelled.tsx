import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function NameWithCancelled({ name, isCancelled }: { name: string; isCancelled: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {name} {isCancelled && <Tag>{t('installedBase.cancelled')}</Tag>}
    </>
  );
}
