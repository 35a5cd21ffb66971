import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import {
  useBrands,
  useCategoryOptions,
  usePolicyOptions,
  useProductModels,
  useVendors,
} from '../hooks/queries';

interface Ref {
  id: string;
  name: string;
}
interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** The record's current choice, kept as an option even when since cancelled. */
  current?: Ref | null;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

function RefSelect({
  items,
  isLoading,
  current,
  onChange,
  ...props
}: Props & { items: Ref[]; isLoading: boolean }) {
  const { t } = useTranslation();
  const all = current && !items.some((i) => i.id === current.id) ? [current, ...items] : items;
  return (
    <Select
      {...props}
      value={props.value ?? undefined}
      showSearch={{ optionFilterProp: 'label' }}
      loading={isLoading}
      notFoundContent={t('common.noData')}
      options={all.map((i) => ({ value: i.id, label: i.name }))}
      onChange={(value: string | undefined) => onChange?.(value ?? null)}
    />
  );
}

const OPTIONS = { page: 1, pageSize: 100 };

export function BrandSelect(props: Props) {
  const brands = useBrands(OPTIONS);
  return <RefSelect {...props} items={brands.data?.items ?? []} isLoading={brands.isFetching} />;
}

export function VendorSelect(props: Props) {
  const vendors = useVendors(OPTIONS);
  return <RefSelect {...props} items={vendors.data?.items ?? []} isLoading={vendors.isFetching} />;
}

export function PolicySelect(props: Props) {
  const policies = usePolicyOptions();
  return <RefSelect {...props} items={policies.data ?? []} isLoading={policies.isFetching} />;
}

export function CategorySelect(props: Props) {
  const categories = useCategoryOptions();
  const items = (categories.data ?? []).map((c) => ({ id: c.id, name: `${c.name}（${c.code}）` }));
  return <RefSelect {...props} items={items} isLoading={categories.isFetching} />;
}

/** Search-as-you-type over model code and name; the server does the matching. */
export function ModelSelect({ current, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const models = useProductModels({ q: q || undefined, page: 1, pageSize: 30 });
  const found = (models.data?.items ?? []).map((m) => ({
    id: m.id,
    name: `${m.brand.name} ${m.code} ${m.name}`,
  }));
  const items = current && !found.some((m) => m.id === current.id) ? [current, ...found] : found;
  return (
    <Select
      {...props}
      value={props.value ?? undefined}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={models.isFetching ? <Spin size="small" /> : t('common.noData')}
      options={items.map((m) => ({ value: m.id, label: m.name }))}
      onChange={(value: string | undefined) => {
        onChange?.(value ?? null);
        setSearch('');
      }}
    />
  );
}
