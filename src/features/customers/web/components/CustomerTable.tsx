import { Button, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { CustomerView } from '../../customer.schemas';

interface Props {
  customers: CustomerView[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (customer: CustomerView) => void;
}

export function CustomerTable({
  customers,
  total,
  page,
  pageSize,
  isLoading,
  onPageChange,
  onOpen,
}: Props) {
  const { t } = useTranslation();
  const columns: TableProps<CustomerView>['columns'] = [
    {
      title: t('customers.name'),
      dataIndex: 'name',
      render: (name: string, customer) => (
        <>
          {name} {customer.isCancelled && <Tag>{t('customers.cancelled')}</Tag>}
        </>
      ),
    },
    { title: t('customers.phone'), dataIndex: 'phone' },
    { title: t('customers.address'), dataIndex: 'address', responsive: ['md'] },
    {
      title: t('customers.departments'),
      key: 'departments',
      responsive: ['sm'],
      render: (_, c) => c.departments.length,
    },
    {
      title: t('customers.contacts'),
      key: 'contacts',
      responsive: ['sm'],
      render: (_, c) => c.contacts.length,
    },
    {
      title: t('customers.createdAt'),
      dataIndex: 'createdAt',
      responsive: ['lg'],
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, customer) => (
        <Button type="link" onClick={() => onOpen(customer)}>
          {t('customers.view')}
        </Button>
      ),
    },
  ];
  return (
    <Table<CustomerView>
      rowKey="id"
      columns={columns}
      dataSource={customers}
      loading={isLoading}
      onRow={(customer) => ({ onClick: () => onOpen(customer), style: { cursor: 'pointer' } })}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (count) => t('common.total', { total: count }),
        onChange: onPageChange,
      }}
    />
  );
}
