import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import type { CustomerView } from '../../customer.schemas';
import { useCustomerList } from '../hooks/useCustomerList';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The whole customer, so the form can offer its departments and contacts. */
  onPick?: (customer: CustomerView | undefined) => void;
  id?: string;
}

/** Search-as-you-type by customer name, phone or contact; the server does the matching. */
export function CustomerSearchSelect({ value, onChange, onPick, id }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const customers = useCustomerList({ q: q || undefined, page: 1, pageSize: 20 });
  // The picked customer stays an option after the search changes, so the box keeps its name.
  const [picked, setPicked] = useState<CustomerView>();
  const found = (customers.data?.items ?? []).filter((customer) => !customer.isCancelled);
  const items =
    picked && picked.id === value && !found.some((c) => c.id === picked.id)
      ? [picked, ...found]
      : found;
  return (
    <Select
      id={id}
      value={value}
      allowClear
      size="large"
      placeholder={t('hotline.customerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={customers.isFetching ? <Spin size="small" /> : t('common.noData')}
      options={items.map((customer) => ({
        value: customer.id,
        label: customer.phone ? `${customer.name}（${customer.phone}）` : customer.name,
      }))}
      onChange={(pickedId: string | undefined) => {
        const customer = items.find((candidate) => candidate.id === pickedId);
        setPicked(customer);
        onChange?.(pickedId);
        onPick?.(customer);
        setSearch('');
      }}
      data-testid="customer-select"
    />
  );
}
