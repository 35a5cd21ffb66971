import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import type { RepairReturnListItem } from '../../../repair-returns/repair-return.schemas';

/** One of the customer's repair returns still away, found by number (optional on a loan). */
export function RepairReturnSelect({
  customerId,
  value,
  onChange,
  id,
}: {
  customerId: string | undefined;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const query = { q: q || undefined, page: 1, pageSize: 50 };
  const returns = useQuery({
    queryKey: ['repairReturns', 'list', query],
    queryFn: ({ signal }) =>
      apiRequest<Page<RepairReturnListItem>>('/repair-returns', { query, signal }),
    enabled: Boolean(customerId),
  });
  const items = (returns.data?.items ?? []).filter(
    // Not yet given back: a loaner stands in while the item is away.
    (r) => r.customer.id === customerId && r.status !== 'returned',
  );
  return (
    <Select
      id={id}
      allowClear
      value={value}
      disabled={!customerId}
      placeholder={t('inventory.loans.repairReturnPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={returns.isFetching ? <Spin size="small" /> : t('common.noData')}
      options={items.map((r) => ({ value: r.id, label: `${r.number} ${r.firstItem}` }))}
      onChange={(rid: string | undefined) => onChange?.(rid)}
    />
  );
}
