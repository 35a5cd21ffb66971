import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RepairReturnListItem } from '../../repair-return.schemas';

/** A form control: the returns ticked in a small table; its value is their ids. */
export function ReturnPicker({
  items,
  isLoading,
  value = [],
  onChange,
}: {
  items: RepairReturnListItem[];
  isLoading: boolean;
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<RepairReturnListItem>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={items}
      pagination={false}
      scroll={{ y: 280, x: 'max-content' }}
      locale={{ emptyText: t('repairReturns.shipment.noCandidates') }}
      rowSelection={{
        selectedRowKeys: value,
        onChange: (keys) => onChange?.(keys.map(String)),
      }}
      columns={[
        {
          title: t('repairReturns.field.number'),
          dataIndex: 'number',
          render: (n: string, r) => (
            <>
              {n} {r.urgent && <Tag color="red">{t('repairReturns.urgent')}</Tag>}
            </>
          ),
        },
        { title: t('repairReturns.field.customer'), render: (_, r) => r.customer.name },
        { title: t('repairReturns.field.firstItem'), dataIndex: 'firstItem', ellipsis: true },
        {
          title: t('repairReturns.field.vendor'),
          render: (_, r) => r.vendor?.name ?? t('repairReturns.shipment.noVendorYet'),
        },
      ]}
    />
  );
}
