import { Badge, Flex, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { RepairReturnListItem } from '../../repair-return.schemas';
import { isExpectedLate } from '../lib/chaseDisplay';
import { ChaseDue } from './ChaseDue';
import { ReturnStatusTag } from './ReturnStatusTag';

interface Paging {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

const isBack = (status: RepairReturnListItem['status']) =>
  status === 'ready_to_return' || status === 'returned';

/** Returns, one row each: a click opens the return. Paged on the server when `paging` is set. */
export function ReturnTable({
  items,
  isLoading,
  paging,
  compact = false,
}: {
  items: RepairReturnListItem[];
  isLoading: boolean;
  paging?: Paging;
  /** The board's short lists: fewer columns. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: TableProps<RepairReturnListItem>['columns'] = [
    {
      title: t('repairReturns.field.number'),
      dataIndex: 'number',
      render: (number: string, r) => (
        <Flex gap={4} align="center" wrap={false}>
          <Typography.Text strong>{number}</Typography.Text>
          {r.urgent && <Tag color="red">{t('repairReturns.urgent')}</Tag>}
          {r.noticeDue && (
            <Badge
              status="warning"
              text={t('repairReturns.notice.dueBadge')}
              data-testid="notice-due-badge"
            />
          )}
        </Flex>
      ),
    },
    {
      title: t('repairReturns.field.status'),
      dataIndex: 'status',
      render: (_, r) => <ReturnStatusTag status={r.status} />,
    },
    {
      title: t('repairReturns.field.customer'),
      key: 'customer',
      render: (_, r) => r.customer.name,
    },
    {
      title: t('repairReturns.field.firstItem'),
      key: 'firstItem',
      ellipsis: true,
      width: 200,
      render: (_, r) =>
        r.itemCount > 1
          ? t('repairReturns.list.moreItems', { item: r.firstItem, count: r.itemCount })
          : r.firstItem,
    },
    {
      title: t('repairReturns.field.vendor'),
      key: 'vendor',
      render: (_, r) => r.vendor?.name ?? '—',
    },
    {
      title: t('repairReturns.field.takenAt'),
      dataIndex: 'takenAt',
      responsive: compact ? ['xxl'] : undefined,
      render: (v: string) => formatDateTime(v).slice(0, 10),
    },
    {
      title: t('repairReturns.field.expectedReturnOn'),
      dataIndex: 'expectedReturnOn',
      render: (v: string | null, r) =>
        v ? (
          <Typography.Text type={isExpectedLate(v, isBack(r.status)) ? 'danger' : undefined}>
            {v}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('repairReturns.field.nextChaseAt'),
      key: 'nextChase',
      render: (_, r) => <ChaseDue nextChaseAt={r.nextChaseAt} isOverdue={r.chaseOverdue} />,
    },
    {
      title: t('repairReturns.field.daysAtVendor'),
      dataIndex: 'daysAtVendor',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : t('repairReturns.days', { count: v })),
    },
  ];
  return (
    <Table<RepairReturnListItem>
      rowKey="id"
      size={compact ? 'small' : 'middle'}
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({
        onClick: () => void navigate(`/repair-returns/${r.id}`),
        style: { cursor: 'pointer' },
        'data-testid': 'return-row',
        'data-number': r.number,
      })}
      pagination={
        paging
          ? {
              current: paging.page,
              pageSize: paging.pageSize,
              total: paging.total,
              showSizeChanger: true,
              showTotal: (count) => t('common.total', { total: count }),
              onChange: paging.onChange,
            }
          : false
      }
    />
  );
}
