import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import type { VendorView } from '../brand-vendor.schemas';
import { installedBaseApi } from './api/installedBaseApi';
import { CancelPrompt } from './components/CancelPrompt';
import { ListToolbar } from './components/ListToolbar';
import { NameWithCancelled } from './components/NameWithCancelled';
import { pagination } from '../../../web/lib/pagination';
import { RowActions } from './components/RowActions';
import { VendorFormModal } from './components/VendorFormModal';
import { useVendors } from './hooks/queries';
import { useCanManage } from './hooks/useCanManage';
import { useListState } from './hooks/useListState';

/** 厂家/上级经销商: where faulty items go for repair returns, and whom to call there. */
export function VendorListPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const list = useListState();
  const vendors = useVendors(list.params);
  const [editing, setEditing] = useState<{ vendor?: VendorView } | null>(null);
  const [cancelling, setCancelling] = useState<VendorView | null>(null);
  const columns: TableProps<VendorView>['columns'] = [
    {
      title: t('installedBase.vendors.name'),
      dataIndex: 'name',
      render: (name: string, v) => <NameWithCancelled name={name} isCancelled={v.isCancelled} />,
    },
    {
      title: t('installedBase.vendors.kind'),
      dataIndex: 'kind',
      render: (kind: VendorView['kind']) => (
        <Tag color={kind === 'manufacturer' ? 'blue' : 'purple'}>
          {t(`installedBase.vendors.kinds.${kind}`)}
        </Tag>
      ),
    },
    { title: t('installedBase.phone'), dataIndex: 'phone' },
    { title: t('installedBase.email'), dataIndex: 'email', responsive: ['md'] },
    {
      title: t('installedBase.vendors.contacts'),
      key: 'contacts',
      render: (_, v) =>
        v.contacts.map((c) => [c.name, c.title, c.phone].filter(Boolean).join(' ')).join('；'),
    },
  ];
  if (canManage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, v) => (
        <RowActions
          isCancelled={v.isCancelled}
          onEdit={() => setEditing({ vendor: v })}
          onCancel={() => setCancelling(v)}
        />
      ),
    });
  return (
    <Card>
      <PageTitle
        title={t('installedBase.vendors.title')}
        extra={
          <Flex gap={8} wrap>
            <ExportButton
              list="vendors"
              filters={{ q: list.params.q, includeCancelled: list.showCancelled }}
            />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('installedBase.vendors.new')}
              </Button>
            )}
          </Flex>
        }
      />
      <ListToolbar
        search={list.search}
        onSearch={list.setSearch}
        placeholder={t('installedBase.vendors.searchPlaceholder')}
        showCancelled={list.showCancelled}
        onShowCancelled={list.setShowCancelled}
      />
      {vendors.isError ? (
        <QueryError error={vendors.error} onRetry={() => void vendors.refetch()} />
      ) : (
        <Table<VendorView>
          rowKey="id"
          columns={columns}
          dataSource={vendors.data?.items ?? []}
          loading={vendors.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={pagination(t, list.paging, vendors.data?.total ?? 0, list.setPaging)}
        />
      )}
      <VendorFormModal
        open={editing !== null}
        vendor={editing?.vendor}
        onClose={() => setEditing(null)}
      />
      <CancelPrompt
        record={cancelling}
        title={(v) => t('installedBase.cancelTitle', { name: v.name })}
        run={(v, reason) => installedBaseApi.vendors.cancel(v.id, reason)}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
