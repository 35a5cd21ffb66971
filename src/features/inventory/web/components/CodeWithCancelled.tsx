import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A record's code in a list, marked when the record is cancelled. */
export function CodeWithCancelled({ code, isCancelled }: { code: string; isCancelled: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {code} {isCancelled && <Tag>{t('inventory.cancelled')}</Tag>}
    </>
  );
}
