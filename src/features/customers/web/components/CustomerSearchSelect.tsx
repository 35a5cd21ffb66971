import { Select, type SelectProps, Spin } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import type { CustomerView } from '../../customer.schemas';
import { useCustomerList } from '../hooks/useCustomerList';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** The whole customer, so the form can offer its departments and contacts. */
  onPick?: (customer: CustomerView | undefined) => void;
  /** The customer already chosen (editing a record, a filter from the URL), so its name shows. */
  current?: { id: string; name: string } | null;
  placeholder?: string;
  size?: SelectProps['size'];
  style?: CSSProperties;
  id?: string;
}

type Option = { id: string; name: string; phone?: string | null };

/** Search-as-you-type by customer name, phone or contact; the server does the matching. */
export function CustomerSearchSelect({
  value,
  onChange,
  onPick,
  current,
  placeholder,
  size = 'large',
  style,
  id,
}: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const customers = useCustomerList({ q: q || undefined, page: 1, pageSize: 20 });
  // The picked (or given) customer stays an option after the search changes, so the box keeps
  // its name.
  const [picked, setPicked] = useState<CustomerView>();
  const found = (customers.data?.items ?? []).filter((customer) => !customer.isCancelled);
  const kept: Option | undefined = [picked, current ?? undefined].find((c) => c?.id === value);
  const items: Option[] = kept && !found.some((c) => c.id === kept.id) ? [kept, ...found] : found;
  return (
    <Select
      id={id}
      value={value ?? undefined}
      allowClear
      size={size}
      style={style}
      placeholder={placeholder ?? t('hotline.customerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={customers.isFetching ? <Spin size="small" /> : t('common.noData')}
      options={items.map((customer) => ({
        value: customer.id,
        label: customer.phone ? `${customer.name}（${customer.phone}）` : customer.name,
      }))}
      onChange={(pickedId: string | undefined) => {
        const customer =
          found.find((candidate) => candidate.id === pickedId) ??
          (picked?.id === pickedId ? picked : undefined);
        setPicked(customer);
        onChange?.(pickedId);
        onPick?.(customer);
        setSearch('');
      }}
      data-testid="customer-select"
    />
  );
}
