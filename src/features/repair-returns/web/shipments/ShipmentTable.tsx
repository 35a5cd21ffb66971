import { Table } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { ShipmentListItem } from '../../shipment.schemas';
import { ShipmentStatusTag } from '../components/ReturnStatusTag';

export function ShipmentTable({
  items,
  total,
  page,
  pageSize,
  isLoading,
  onPage,
}: {
  items: ShipmentListItem[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: TableProps<ShipmentListItem>['columns'] = [
    { title: t('repairReturns.shipment.number'), dataIndex: 'number' },
    {
      title: t('repairReturns.field.status'),
      dataIndex: 'status',
      render: (_, s) => <ShipmentStatusTag status={s.status} />,
    },
    { title: t('repairReturns.field.vendor'), render: (_, s) => s.vendor.name },
    { title: t('repairReturns.shipment.itemCount'), dataIndex: 'itemCount', align: 'right' },
    {
      title: t('repairReturns.shipment.carrier'),
      render: (_, s) => (s.carrier ? `${s.carrier} ${s.trackingNumber ?? ''}` : '—'),
    },
    {
      title: t('repairReturns.shipment.createdAt'),
      dataIndex: 'createdAt',
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('repairReturns.vendor.shippedAt'),
      dataIndex: 'shippedAt',
      render: (v: string | null) => formatDateTime(v) || '—',
    },
    {
      title: t('repairReturns.shipment.arrivedOn'),
      dataIndex: 'arrivedOn',
      render: (v: string | null) => v ?? '—',
    },
  ];
  return (
    <Table<ShipmentListItem>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      onRow={(s) => ({
        onClick: () => void navigate(`/shipments/${s.id}`),
        style: { cursor: 'pointer' },
      })}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (count) => t('common.total', { total: count }),
        onChange: onPage,
      }}
    />
  );
}
