import { Button, Checkbox, Flex, Input, Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPAIR_RETURN_STATES, type RepairReturnStatus } from '../../repair-return.states';
import type { ReturnListParams } from '../api/ReturnListParams';
import { useVendorOptions } from '../hooks/useLookups';

interface Props {
  params: ReturnListParams;
  /** How many returns are in each state now (from the board); absent while loading. */
  counts?: Partial<Record<RepairReturnStatus, number>>;
  onChange: (change: Partial<ReturnListParams>) => void;
}

const ALL = 'all';

/** Status tabs with their counts, then vendor, overdue chases and the search box. */
export function ReturnFilters({ params, counts, onChange }: Props) {
  const { t } = useTranslation();
  const vendors = useVendorOptions();
  const active = params.status?.length === 1 ? params.status[0] : ALL;
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0) : undefined;
  const label = (text: string, count: number | undefined) =>
    count === undefined ? text : `${text} (${count})`;
  return (
    <>
      <Tabs
        activeKey={active}
        onChange={(key) =>
          onChange({ status: key === ALL ? undefined : [key as RepairReturnStatus] })
        }
        items={[
          { key: ALL, label: label(t('repairReturns.list.all'), total) },
          ...REPAIR_RETURN_STATES.map((status) => ({
            key: status,
            label: (
              <span data-testid={`status-tab-${status}`}>
                {label(
                  t(`repairReturns.status.${status}`),
                  counts?.[status] ?? (counts ? 0 : undefined),
                )}
              </span>
            ),
          })),
        ]}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          placeholder={t('repairReturns.list.searchPlaceholder')}
          style={{ width: 300 }}
          onSearch={(value) => onChange({ q: value.trim() || undefined })}
          data-testid="return-search"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('repairReturns.list.vendor')}
          style={{ width: 220 }}
          loading={vendors.isFetching}
          value={params.vendorId}
          options={(vendors.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
          onChange={(vendorId: string | undefined) => onChange({ vendorId })}
        />
        <Checkbox
          checked={!!params.chaseOverdue}
          onChange={(e) => onChange({ chaseOverdue: e.target.checked || undefined })}
          data-testid="filter-chase-overdue"
        >
          {t('repairReturns.list.chaseOverdueOnly')}
        </Checkbox>
        <Button
          onClick={() =>
            onChange({
              status: undefined,
              vendorId: undefined,
              chaseOverdue: undefined,
              q: undefined,
            })
          }
        >
          {t('common.reset')}
        </Button>
      </Flex>
    </>
  );
}
