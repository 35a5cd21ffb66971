import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import { feesApi } from '../api/feesApi';

/** Picks a device by the serial on its nameplate. */
export function AssetSerialSelect(props: { value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const serial = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['assets', 'lookup', serial],
    queryFn: () => feesApi.lookupAssets(serial),
    enabled: serial.length > 0,
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={props.value}
      onChange={props.onChange}
      placeholder={t('fees.serialPlaceholder')}
      notFoundContent={serial ? t('fees.noAsset') : null}
      loading={found.isFetching}
      style={{ width: 360 }}
      options={(found.data ?? []).map((a) => ({
        value: a.id,
        label: `${a.serialNumber} · ${a.model.brandName} ${a.model.name} · ${a.customer.name}`,
      }))}
    />
  );
}
