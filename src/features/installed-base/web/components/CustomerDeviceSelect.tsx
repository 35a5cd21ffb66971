import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import type { WarrantyStatusView } from '../../../warranty/warranty.schemas';
import type { AssetView } from '../../asset.schemas';

interface Props {
  customerId?: string;
  departmentId?: string;
  value?: string;
  onChange?: (assetId: string | undefined, asset?: AssetView) => void;
}

/** The customer's devices (of the department, when one is picked), with the chosen one's warranty. */
export function CustomerDeviceSelect({ customerId, departmentId, value, onChange }: Props) {
  const { t } = useTranslation();
  const devices = useQuery({
    queryKey: ['assets', 'of-customer', customerId, departmentId],
    enabled: Boolean(customerId),
    queryFn: ({ signal }) =>
      apiRequest<Page<AssetView>>('/assets', {
        query: { customerId, departmentId, pageSize: 100 },
        signal,
      }),
  });
  const warranty = useQuery({
    queryKey: ['assets', value, 'warranty'],
    enabled: Boolean(value),
    queryFn: ({ signal }) =>
      apiRequest<WarrantyStatusView>(`/assets/${value}/warranty`, { signal }),
  });
  const items = devices.data?.items ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        disabled={!customerId}
        loading={devices.isFetching}
        value={value}
        placeholder={t('installedBase.pickDevice')}
        options={items.map((a) => ({
          value: a.id,
          label: `${a.model.brandName} ${a.model.name} · SN ${a.serialNumber}${
            a.location ? ` · ${a.location}` : ''
          }`,
        }))}
        onChange={(id) =>
          onChange?.(
            id,
            items.find((a) => a.id === id),
          )
        }
        data-testid="device-select"
      />
      {value && warranty.data && <WarrantyTag warranty={warranty.data} />}
    </Space>
  );
}
