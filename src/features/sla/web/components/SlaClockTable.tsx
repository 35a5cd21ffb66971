import { Space, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { OpenClockItem } from '../../sla.schemas';
import type { SlaClockParams } from '../api/slaApi';
import { ClockStateTag } from './ClockStateTag';
import { RemainingTime } from './RemainingTime';

interface Props {
  params: SlaClockParams;
  items: OpenClockItem[];
  total: number;
  isLoading: boolean;
  onChange: (change: Partial<SlaClockParams>) => void;
}

/** Open clocks, the nearest deadline first (the server sorts and pages). */
export function SlaClockTable({ params, items, total, isLoading, onChange }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<OpenClockItem>['columns'] = [
    {
      title: t('sla.column.state'),
      key: 'state',
      render: (_, c) => <ClockStateTag state={c.state} />,
    },
    {
      title: t('sla.column.number'),
      key: 'number',
      render: (_, c) => (
        <Space size={4}>
          <Link to={`/work-orders/${c.workOrderId}`}>{c.number}</Link>
          {c.urgency !== 'normal' && <UrgencyTag urgency={c.urgency} />}
        </Space>
      ),
    },
    { title: t('sla.column.kind'), key: 'kind', render: (_, c) => t(`sla.kind.${c.kind}`) },
    {
      title: t('sla.column.dueAt'),
      key: 'dueAt',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <span>{formatDateTime(c.dueAt)}</span>
          {c.state === 'paused' && c.pausedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('sla.pausedSince', { time: formatDateTime(c.pausedAt) })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('sla.column.remaining'),
      key: 'remaining',
      render: (_, c) => <RemainingTime clock={c} />,
    },
    {
      title: t('sla.column.customer'),
      key: 'customer',
      width: 200,
      ellipsis: true,
      render: (_, c) => c.customer.name,
    },
    {
      title: t('sla.column.technician'),
      key: 'technician',
      render: (_, c) => c.technician?.name ?? t('sla.unassigned'),
    },
  ];
  return (
    <Table<OpenClockItem>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (count) => t('common.total', { total: count }),
      }}
      onChange={(pagination) =>
        onChange({
          page: pagination.current ?? 1,
          pageSize: pagination.pageSize ?? params.pageSize,
        })
      }
      data-testid="sla-clocks"
    />
  );
}
