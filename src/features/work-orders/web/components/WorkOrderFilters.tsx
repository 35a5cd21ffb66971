import { Button, DatePicker, Flex, Input, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TechnicianSelect } from '../../../accounts/web';
import { isGroupSelected, STATUS_GROUPS, type StatusGroup } from './statusGroups';
import type { WorkOrderListParams } from '../api/WorkOrderListParams';

interface Props {
  params: WorkOrderListParams;
  onChange: (change: Partial<WorkOrderListParams>) => void;
}

export function WorkOrderFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        key={params.q ?? ''}
        defaultValue={params.q}
        allowClear
        placeholder={t('workOrders.searchPlaceholder')}
        style={{ width: 260 }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        data-testid="work-order-search"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('workOrders.filterStatus')}
        style={{ minWidth: 200 }}
        value={params.status ?? []}
        options={(Object.keys(STATUS_GROUPS) as StatusGroup[]).map((group) => ({
          label: t(`workOrders.statusGroup.${group}`),
          title: t(`workOrders.statusGroup.${group}`),
          options: STATUS_GROUPS[group].map((status) => ({
            value: status,
            label: t(`enums.status.${status}`),
          })),
        }))}
        onChange={(status) => onChange({ status: status.length ? status : undefined })}
      />
      <Flex gap={4} wrap align="center" data-testid="status-groups">
        {(Object.keys(STATUS_GROUPS) as StatusGroup[]).map((group) => {
          const isChosen = isGroupSelected(group, params.status);
          return (
            <Tag.CheckableTag
              key={group}
              checked={isChosen}
              onChange={() =>
                onChange({ status: isChosen ? undefined : [...STATUS_GROUPS[group]] })
              }
            >
              {t(`workOrders.statusGroup.${group}`)}
            </Tag.CheckableTag>
          );
        })}
      </Flex>
      <div style={{ width: 220 }}>
        <TechnicianSelect
          allowClear
          placeholder={t('workOrders.filterTechnician')}
          value={params.technicianId}
          onChange={(technicianId) => onChange({ technicianId })}
        />
      </div>
      <DatePicker.RangePicker
        aria-label={t('workOrders.dateRange')}
        value={params.from && params.to ? [dayjs(params.from), dayjs(params.to)] : null}
        onChange={(range) =>
          onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      <Button
        onClick={() =>
          onChange({
            q: undefined,
            status: undefined,
            technicianId: undefined,
            from: undefined,
            to: undefined,
          })
        }
      >
        {t('common.reset')}
      </Button>
    </Flex>
  );
}
