import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssetDetail } from '../../asset.schemas';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';

/** The unit's warranty on the tenant's today: state, period ends, contract, and what is free. */
export function WarrantyCard({ asset }: { asset: AssetDetail }) {
  const { t } = useTranslation();
  const { warranty } = asset;
  const policy = asset.warrantyPolicy
    ? asset.warrantyPolicy.name
    : asset.modelPolicy
      ? t('installedBase.warranty.fromModel', { name: asset.modelPolicy.name })
      : t('installedBase.none');
  return (
    <Card
      title={t('installedBase.warranty.title', { day: asset.warrantyOn })}
      extra={<WarrantyTag warranty={warranty} />}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('installedBase.warranty.policy')}>{policy}</Descriptions.Item>
        <Descriptions.Item label={t('installedBase.warranty.startsOn')}>
          {warranty.startsOn ?? t('installedBase.warranty.noStart')}
        </Descriptions.Item>
        <Descriptions.Item label={t('installedBase.warranty.replacementEndsOn')}>
          {warranty.replacementEndsOn ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('installedBase.warranty.repairEndsOn')}>
          {warranty.repairEndsOn ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('installedBase.warranty.contract')}>
          {warranty.contractNumber
            ? t('installedBase.warranty.contractUntil', {
                number: warranty.contractNumber,
                day: warranty.contractEndsOn,
              })
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('installedBase.warranty.coverage')}>
          <Space size={4} wrap>
            {(['parts', 'labour', 'travel'] as const).map((part) => (
              <Tag
                key={part}
                color={warranty.coverage[part] ? 'success' : 'default'}
                icon={warranty.coverage[part] ? <CheckOutlined /> : <CloseOutlined />}
              >
                {t(`installedBase.covers.${part}`)}
              </Tag>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
