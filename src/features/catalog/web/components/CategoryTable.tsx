import { Button, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryView } from '../../catalog.schemas';

interface Props {
  categories: CategoryView[];
  isLoading: boolean;
  canManage: boolean;
  onEdit: (category: CategoryView) => void;
  onCancel: (category: CategoryView) => void;
}

export function CategoryTable({ categories, isLoading, canManage, onEdit, onCancel }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<CategoryView>['columns'] = [
    { title: t('catalog.code'), dataIndex: 'code' },
    {
      title: t('catalog.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <>
          {name} {c.isCancelled && <Tag>{t('catalog.cancelled')}</Tag>}
        </>
      ),
    },
    {
      title: t('catalog.defaultMinutes'),
      dataIndex: 'defaultMinutes',
      render: (minutes: number) => t('catalog.minutesValue', { minutes }),
    },
    {
      title: t('catalog.requiresCertificate'),
      dataIndex: 'requiresCertificate',
      render: (required: boolean) =>
        required ? <Tag color="gold">{t('catalog.certificateRequired')}</Tag> : t('common.no'),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, c) =>
        !c.isCancelled && (
          <Space size={0}>
            <Button type="link" onClick={() => onEdit(c)}>
              {t('common.edit')}
            </Button>
            <Button type="link" danger onClick={() => onCancel(c)}>
              {t('catalog.cancel')}
            </Button>
          </Space>
        ),
    });
  }
  return (
    <Table<CategoryView>
      rowKey="id"
      columns={columns}
      dataSource={categories}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
