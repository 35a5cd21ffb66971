import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '../../../web/components/ExportButton';
import { ImportButton } from '../../../web/components/ImportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import type { AssetView } from '../asset.schemas';
import { AssetFilters, type AssetFilterValues } from './components/AssetFilters';
import { AssetFormModal } from './components/AssetFormModal';
import { AssetStatusTag } from './components/AssetStatusTag';
import { ListToolbar } from './components/ListToolbar';
import { pagination } from '../../../web/lib/pagination';
import { useAssets } from './hooks/queries';
import { useCanManage } from './hooks/useCanManage';
import { useListState } from './hooks/useListState';

/** 设备台账: every installed unit, searchable by serial, model or customer. */
export function AssetListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCanManage();
  const list = useListState();
  const [filters, setFilters] = useState<AssetFilterValues>({});
  const { includeCancelled: _unused, ...params } = list.params;
  const assets = useAssets({ ...params, ...filters });
  const [editing, setEditing] = useState<{ asset?: AssetView } | null>(null);
  const columns: TableProps<AssetView>['columns'] = [
    {
      title: t('installedBase.assets.serialNumber'),
      dataIndex: 'serialNumber',
      render: (serial: string, a) => <Link to={`/assets/${a.id}`}>{serial}</Link>,
    },
    {
      title: t('installedBase.assets.model'),
      key: 'model',
      render: (_, a) => `${a.model.brandName} ${a.model.code} ${a.model.name}`,
    },
    {
      title: t('installedBase.assets.customer'),
      key: 'customer',
      render: (_, a) => [a.customer.name, a.department?.name].filter(Boolean).join(' / '),
    },
    { title: t('installedBase.assets.location'), dataIndex: 'location', responsive: ['lg'] },
    {
      title: t('installedBase.assets.installedOn'),
      dataIndex: 'installedOn',
      responsive: ['md'],
    },
    {
      title: t('installedBase.assets.status'),
      dataIndex: 'status',
      render: (status: AssetView['status']) => <AssetStatusTag status={status} />,
    },
  ];
  if (canManage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, a) => (
        <Button
          type="link"
          onClick={(event) => {
            event.stopPropagation();
            setEditing({ asset: a });
          }}
        >
          {t('common.edit')}
        </Button>
      ),
    });
  return (
    <Card>
      <PageTitle
        title={t('installedBase.assets.title')}
        extra={
          <Flex gap={8} wrap>
            <ExportButton list="assets" filters={{ q: params.q, ...filters }} />
            <ImportButton kind="assets" />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('installedBase.assets.new')}
              </Button>
            )}
          </Flex>
        }
      />
      <ListToolbar
        search={list.search}
        onSearch={list.setSearch}
        placeholder={t('installedBase.assets.searchPlaceholder')}
      >
        <AssetFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            list.firstPage();
          }}
        />
      </ListToolbar>
      {assets.isError ? (
        <QueryError error={assets.error} onRetry={() => void assets.refetch()} />
      ) : (
        <Table<AssetView>
          rowKey="id"
          columns={columns}
          dataSource={assets.data?.items ?? []}
          loading={assets.isFetching}
          scroll={{ x: 'max-content' }}
          onRow={(a) => ({
            onClick: () => void navigate(`/assets/${a.id}`),
            style: { cursor: 'pointer' },
          })}
          pagination={pagination(t, list.paging, assets.data?.total ?? 0, list.setPaging)}
        />
      )}
      <AssetFormModal
        open={editing !== null}
        asset={editing?.asset}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
