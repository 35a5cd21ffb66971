import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import type { ProductModelView } from '../product-model.schemas';
import { installedBaseApi } from './api/installedBaseApi';
import { CancelPrompt } from './components/CancelPrompt';
import { ListToolbar } from './components/ListToolbar';
import { NameWithCancelled } from './components/NameWithCancelled';
import { pagination } from '../../../web/lib/pagination';
import { ProductModelFormModal } from './components/ProductModelFormModal';
import { BrandSelect } from './components/ReferenceSelects';
import { RowActions } from './components/RowActions';
import { useProductModels } from './hooks/queries';
import { useCanManage } from './hooks/useCanManage';
import { useListState } from './hooks/useListState';
import { formatCents } from '../../../platform/format';

/** 产品型号: what a unit is, its brand, its vendor for repair returns and its warranty. */
export function ProductModelListPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const list = useListState();
  const [brandId, setBrandId] = useState<string | null>(null);
  const models = useProductModels({ ...list.params, brandId: brandId ?? undefined });
  const [editing, setEditing] = useState<{ model?: ProductModelView } | null>(null);
  const [cancelling, setCancelling] = useState<ProductModelView | null>(null);
  const columns: TableProps<ProductModelView>['columns'] = [
    {
      title: t('installedBase.models.code'),
      dataIndex: 'code',
      render: (code: string, m) => <NameWithCancelled name={code} isCancelled={m.isCancelled} />,
    },
    { title: t('installedBase.models.name'), dataIndex: 'name' },
    { title: t('installedBase.models.brand'), key: 'brand', render: (_, m) => m.brand.name },
    {
      title: t('installedBase.models.category'),
      key: 'category',
      render: (_, m) => m.category.name,
    },
    {
      title: t('installedBase.models.vendor'),
      key: 'vendor',
      responsive: ['md'],
      render: (_, m) => m.vendor?.name,
    },
    {
      title: t('installedBase.models.warrantyPolicy'),
      key: 'policy',
      responsive: ['md'],
      render: (_, m) => m.warrantyPolicy?.name ?? t('installedBase.none'),
    },
    {
      title: t('installedBase.models.listPrice'),
      dataIndex: 'listPriceCents',
      align: 'right',
      render: (cents: number | null) => formatCents(cents),
    },
  ];
  if (canManage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, m) => (
        <RowActions
          isCancelled={m.isCancelled}
          onEdit={() => setEditing({ model: m })}
          onCancel={() => setCancelling(m)}
        />
      ),
    });
  return (
    <Card>
      <PageTitle
        title={t('installedBase.models.title')}
        extra={
          <Flex gap={8} wrap>
            <ExportButton
              list="product-models"
              filters={{
                q: list.params.q,
                brandId,
                includeCancelled: list.showCancelled,
              }}
            />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('installedBase.models.new')}
              </Button>
            )}
          </Flex>
        }
      />
      <ListToolbar
        search={list.search}
        onSearch={list.setSearch}
        placeholder={t('installedBase.models.searchPlaceholder')}
        showCancelled={list.showCancelled}
        onShowCancelled={list.setShowCancelled}
      >
        <BrandSelect
          allowClear
          style={{ minWidth: 160 }}
          value={brandId}
          placeholder={t('installedBase.models.allBrands')}
          onChange={(id) => {
            setBrandId(id);
            list.firstPage();
          }}
        />
      </ListToolbar>
      {models.isError ? (
        <QueryError error={models.error} onRetry={() => void models.refetch()} />
      ) : (
        <Table<ProductModelView>
          rowKey="id"
          columns={columns}
          dataSource={models.data?.items ?? []}
          loading={models.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={pagination(t, list.paging, models.data?.total ?? 0, list.setPaging)}
        />
      )}
      <ProductModelFormModal
        open={editing !== null}
        model={editing?.model}
        onClose={() => setEditing(null)}
      />
      <CancelPrompt
        record={cancelling}
        title={(m) => t('installedBase.cancelTitle', { name: `${m.brand.name} ${m.code}` })}
        run={(m, reason) => installedBaseApi.models.cancel(m.id, reason)}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
