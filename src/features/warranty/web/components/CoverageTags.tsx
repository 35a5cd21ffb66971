import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../warranty.rules';

/** What is free: one green tag per covered item, or "all charged". */
export function CoverageTags({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const items = (['parts', 'labour', 'travel'] as const).filter((k) => coverage[k]);
  if (items.length === 0) return <Tag>{t('warranty.nothingCovered')}</Tag>;
  return (
    <Space size={4} wrap>
      {items.map((k) => (
        <Tag key={k} color="green">
          {t(`warranty.${k}`)}
        </Tag>
      ))}
    </Space>
  );
}
