import { Button, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarrantyPolicyView } from '../../warranty.schemas';
import { CoverageTags } from './CoverageTags';

interface Props {
  policies: WarrantyPolicyView[];
  isLoading: boolean;
  canManage: boolean;
  onEdit: (policy: WarrantyPolicyView) => void;
  onCancel: (policy: WarrantyPolicyView) => void;
}

export function WarrantyPolicyTable({ policies, isLoading, canManage, onEdit, onCancel }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<WarrantyPolicyView>['columns'] = [
    {
      title: t('warranty.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <>
          {name} {p.isCancelled && <Tag>{t('warranty.cancelled')}</Tag>}
        </>
      ),
    },
    {
      title: t('warranty.replacementDays'),
      dataIndex: 'replacementDays',
      render: (days: number) => t('warranty.daysValue', { days }),
    },
    {
      title: t('warranty.replacementCovers'),
      key: 'replacementCovers',
      render: (_, p) => <CoverageTags coverage={p.replacementCovers} />,
    },
    {
      title: t('warranty.repairMonths'),
      dataIndex: 'repairMonths',
      render: (months: number) => t('warranty.monthsValue', { months }),
    },
    {
      title: t('warranty.repairCovers'),
      key: 'repairCovers',
      render: (_, p) => <CoverageTags coverage={p.repairCovers} />,
    },
    { title: t('warranty.note'), dataIndex: 'note' },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) =>
        !p.isCancelled && (
          <Space size={0}>
            <Button type="link" onClick={() => onEdit(p)}>
              {t('common.edit')}
            </Button>
            <Button type="link" danger onClick={() => onCancel(p)}>
              {t('warranty.cancel')}
            </Button>
          </Space>
        ),
    });
  }
  return (
    <Table<WarrantyPolicyView>
      rowKey="id"
      columns={columns}
      dataSource={policies}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
