import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetDetail } from '../../asset.schemas';
import { formatCents } from '../../../../platform/format';

/** The unit's recorded data on its page. */
export function AssetFields({ asset }: { asset: AssetDetail }) {
  const { t } = useTranslation();
  const item = (label: string, value: ReactNode) => (
    <Descriptions.Item label={label}>{value || '—'}</Descriptions.Item>
  );
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
      {item(t('installedBase.assets.model'), `${asset.model.code} ${asset.model.name}`)}
      {item(t('installedBase.models.brand'), asset.model.brandName)}
      {item(t('installedBase.assets.customer'), asset.customer.name)}
      {item(t('installedBase.assets.department'), asset.department?.name)}
      {item(t('installedBase.assets.location'), asset.location)}
      {item(t('installedBase.assets.purchasedOn'), asset.purchasedOn)}
      {item(t('installedBase.assets.installedOn'), asset.installedOn)}
      {item(t('installedBase.assets.purchasePrice'), formatCents(asset.purchasePriceCents))}
      {item(
        t('installedBase.assets.coordinates'),
        asset.lat !== null && asset.lng !== null ? `${asset.lat}, ${asset.lng}` : null,
      )}
      {item(t('installedBase.note'), asset.note)}
    </Descriptions>
  );
}
