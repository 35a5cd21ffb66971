import { Table } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusTag } from '../../../../web/components/StatusTag';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { WorkOrderListItem } from '../../work-order.schemas';
import type { WorkOrderListParams, WorkOrderSort } from '../api/WorkOrderListParams';
import { DeadlineTag } from './DeadlineTag';

interface Props {
  params: WorkOrderListParams;
  items: WorkOrderListItem[];
  total: number;
  isLoading: boolean;
  onChange: (change: Partial<WorkOrderListParams>) => void;
}

/** Sorting and paging happen on the server: the table only reports what the user clicked. */
export function WorkOrderTable({ params, items, total, isLoading, onChange }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sortOrder = (key: WorkOrderSort): SortOrder =>
    params.sort === key ? (params.order === 'asc' ? 'ascend' : 'descend') : null;
  const sortable = (key: WorkOrderSort) => ({ key, sorter: true, sortOrder: sortOrder(key) });
  const columns: TableProps<WorkOrderListItem>['columns'] = [
    { title: t('workOrders.number'), dataIndex: 'number', ...sortable('number') },
    {
      title: t('workOrders.status'),
      dataIndex: 'status',
      ...sortable('status'),
      render: (_, o) => <StatusTag status={o.status} />,
    },
    {
      title: t('workOrders.urgency'),
      dataIndex: 'urgency',
      ...sortable('urgency'),
      render: (_, o) => <UrgencyTag urgency={o.urgency} />,
    },
    {
      title: t('workOrders.deadline'),
      key: 'deadline',
      render: (_, o) => <DeadlineTag clock={o.nextDeadline} />,
    },
    {
      title: t('workOrders.customer'),
      key: 'customer',
      render: (_, o) => [o.customer.name, o.department?.name].filter(Boolean).join(' · '),
    },
    {
      title: t('workOrders.fault'),
      dataIndex: 'faultDescription',
      width: 240,
      ellipsis: true,
      responsive: ['md'],
    },
    {
      title: t('workOrders.technician'),
      key: 'technician',
      render: (_, o) => o.technician?.name ?? t('workOrders.unassigned'),
    },
    {
      title: t('workOrders.createdAt'),
      dataIndex: 'createdAt',
      ...sortable('createdAt'),
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('workOrders.updatedAt'),
      dataIndex: 'updatedAt',
      ...sortable('updatedAt'),
      responsive: ['xl'],
      render: (v: string) => formatDateTime(v),
    },
  ];
  return (
    <Table<WorkOrderListItem>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      onRow={(order) => ({
        onClick: () => void navigate(`/work-orders/${order.id}`),
        style: { cursor: 'pointer' },
      })}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total,
        showSizeChanger: true,
        showTotal: (count) => t('common.total', { total: count }),
      }}
      onChange={(pagination, _filters, sorter, { action }) => {
        if (action === 'paginate') {
          onChange({
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? params.pageSize,
          });
          return;
        }
        const { columnKey, order } = sorter as SorterResult<WorkOrderListItem>;
        onChange(
          order
            ? { sort: columnKey as WorkOrderSort, order: order === 'ascend' ? 'asc' : 'desc' }
            : { sort: 'createdAt', order: 'desc' },
        );
      }}
    />
  );
}
