import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import { useCustomerOptions } from '../hooks/useCustomerOptions';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** The customer already chosen (editing, or a filter from the URL), so its name shows. */
  current?: { id: string; name: string } | null;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/** Search-as-you-type by customer name, phone or contact (the server matches). */
export function CustomerSelect({ current, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const customers = useCustomerOptions(q || undefined);
  // The last picked name stays an option when a new search no longer finds it.
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const found = (customers.data?.items ?? [])
    .filter((c) => !c.isCancelled)
    .map((c) => ({ id: c.id, name: c.name }));
  const kept = [picked, current].filter(
    (c): c is { id: string; name: string } => !!c && c.id === props.value,
  );
  const items = [...kept.slice(0, 1).filter((c) => !found.some((f) => f.id === c.id)), ...found];
  return (
    <Select
      {...props}
      value={props.value ?? undefined}
      placeholder={props.placeholder ?? t('installedBase.assets.customerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={customers.isFetching ? <Spin size="small" /> : t('common.noData')}
      options={items.map((c) => ({ value: c.id, label: c.name }))}
      onChange={(value: string | undefined) => {
        setPicked(items.find((c) => c.id === value) ?? null);
        onChange?.(value ?? null);
        setSearch('');
      }}
    />
  );
}
