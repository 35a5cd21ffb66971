import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { formatDateTime } from '../../../web/lib/formatDateTime';
import type { BrandView } from '../brand-vendor.schemas';
import { installedBaseApi } from './api/installedBaseApi';
import { BrandFormModal } from './components/BrandFormModal';
import { CancelPrompt } from './components/CancelPrompt';
import { ListToolbar } from './components/ListToolbar';
import { NameWithCancelled } from './components/NameWithCancelled';
import { pagination } from '../../../web/lib/pagination';
import { RowActions } from './components/RowActions';
import { useBrands } from './hooks/queries';
import { useCanManage } from './hooks/useCanManage';
import { useListState } from './hooks/useListState';

/** 品牌: the brands product models belong to. */
export function BrandListPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const list = useListState();
  const brands = useBrands(list.params);
  const [editing, setEditing] = useState<{ brand?: BrandView } | null>(null);
  const [cancelling, setCancelling] = useState<BrandView | null>(null);
  const columns: TableProps<BrandView>['columns'] = [
    {
      title: t('installedBase.brands.name'),
      dataIndex: 'name',
      render: (name: string, b) => <NameWithCancelled name={name} isCancelled={b.isCancelled} />,
    },
    {
      title: t('installedBase.createdAt'),
      dataIndex: 'createdAt',
      render: (value: string) => formatDateTime(value),
    },
  ];
  if (canManage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, b) => (
        <RowActions
          isCancelled={b.isCancelled}
          onEdit={() => setEditing({ brand: b })}
          onCancel={() => setCancelling(b)}
        />
      ),
    });
  return (
    <Card>
      <PageTitle
        title={t('installedBase.brands.title')}
        extra={
          <Flex gap={8} wrap>
            <ExportButton
              list="brands"
              filters={{ q: list.params.q, includeCancelled: list.showCancelled }}
            />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('installedBase.brands.new')}
              </Button>
            )}
          </Flex>
        }
      />
      <ListToolbar
        search={list.search}
        onSearch={list.setSearch}
        placeholder={t('installedBase.brands.searchPlaceholder')}
        showCancelled={list.showCancelled}
        onShowCancelled={list.setShowCancelled}
      />
      {brands.isError ? (
        <QueryError error={brands.error} onRetry={() => void brands.refetch()} />
      ) : (
        <Table<BrandView>
          rowKey="id"
          columns={columns}
          dataSource={brands.data?.items ?? []}
          loading={brands.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={pagination(t, list.paging, brands.data?.total ?? 0, list.setPaging)}
        />
      )}
      <BrandFormModal
        open={editing !== null}
        brand={editing?.brand}
        onClose={() => setEditing(null)}
      />
      <CancelPrompt
        record={cancelling}
        title={(b) => t('installedBase.cancelTitle', { name: b.name })}
        run={(b, reason) => installedBaseApi.brands.cancel(b.id, reason)}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
