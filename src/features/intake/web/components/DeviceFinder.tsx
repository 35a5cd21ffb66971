import { Alert, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../../web/api/useShowError';
import type { AssetView } from '../../../installed-base/asset.schemas';
import { intakeApi } from '../api/intakeApi';

/** How a unit reads in a list: brand, model and serial. */
export const assetLabel = (a: AssetView) =>
  `${a.model.brandName} ${a.model.name} ${a.model.code} · SN ${a.serialNumber}`;

/** Finds the unit by the serial on its nameplate; one exact match is picked at once. */
export function DeviceFinder({ onPick }: { onPick: (asset: AssetView) => void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [found, setFound] = useState<AssetView[] | null>(null);
  const [isSearching, setSearching] = useState(false);
  const lookup = async (serial: string) => {
    if (!serial.trim()) return;
    setSearching(true);
    try {
      const assets = await intakeApi.lookupAssets(serial.trim());
      const exact = assets.filter(
        (a) => a.serialNumber.toLowerCase() === serial.trim().toLowerCase(),
      );
      if (exact.length === 1) onPick(exact[0]!);
      setFound(assets);
    } catch (error) {
      showError(error);
    } finally {
      setSearching(false);
    }
  };
  return (
    <>
      <Input.Search
        size="large"
        allowClear
        enterButton={t('intake.lookup')}
        placeholder={t('intake.serialPlaceholder')}
        loading={isSearching}
        onSearch={(serial) => void lookup(serial)}
        aria-label={t('intake.findDevice')}
        data-testid="serial-search"
      />
      {found?.length === 0 && (
        <Alert type="warning" showIcon title={t('intake.noDeviceFound')} style={{ marginTop: 8 }} />
      )}
      {found && found.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          header={<Typography.Text type="secondary">{t('intake.pickDevice')}</Typography.Text>}
          dataSource={found}
          renderItem={(a) => (
            <List.Item
              onClick={() => onPick(a)}
              style={{ cursor: 'pointer' }}
              data-testid="device-option"
            >
              <List.Item.Meta
                title={assetLabel(a)}
                description={[a.customer.name, a.department?.name, a.location]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}
