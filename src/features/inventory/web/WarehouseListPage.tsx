import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Switch, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { TextPromptModal } from '../../../web/components/TextPromptModal';
import type { WarehouseView } from '../inventory.schemas';
import { inventoryApi } from './api/inventoryApi';
import { WarehouseFormModal } from './components/WarehouseFormModal';
import { useInventoryMutation, useWarehouses } from './hooks/queries';

/** 仓库: the central store, the outlets' stores and every technician's van. */
export function WarehouseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [showCancelled, setShowCancelled] = useState(false);
  const warehouses = useWarehouses(showCancelled);
  const [editing, setEditing] = useState<{ warehouse?: WarehouseView } | null>(null);
  const [cancelling, setCancelling] = useState<WarehouseView | null>(null);
  const cancel = useInventoryMutation((reason: string) =>
    inventoryApi.warehouses.cancel(cancelling!.id, reason),
  );
  const columns: TableProps<WarehouseView>['columns'] = [
    {
      title: t('inventory.warehouses.code'),
      dataIndex: 'code',
      render: (code: string, w) => (
        <>
          {code} {w.cancelled && <Tag>{t('inventory.cancelled')}</Tag>}
        </>
      ),
    },
    { title: t('inventory.warehouses.name'), dataIndex: 'name' },
    {
      title: t('inventory.warehouses.kind'),
      dataIndex: 'kind',
      render: (kind: WarehouseView['kind']) => t(`inventory.kinds.${kind}`),
    },
    {
      title: t('inventory.warehouses.technician'),
      key: 'technician',
      render: (_, w) => w.technician?.name ?? '—',
    },
    {
      title: t('inventory.warehouses.address'),
      dataIndex: 'address',
      responsive: ['md'],
      render: (a: string | null) => a ?? '',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, w) => (
        <Flex wrap align="center">
          <Link to={`/stock?warehouseId=${w.id}`} style={{ marginInlineEnd: 8 }}>
            {t('inventory.warehouses.stock')}
          </Link>
          {!w.cancelled && (
            <>
              <Button type="link" size="small" onClick={() => setEditing({ warehouse: w })}>
                {t('common.edit')}
              </Button>
              <Button type="link" size="small" danger onClick={() => setCancelling(w)}>
                {t('inventory.cancel')}
              </Button>
            </>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Card>
      <PageTitle
        title={t('inventory.warehouses.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({})}
            data-testid="new-warehouse"
          >
            {t('inventory.warehouses.new')}
          </Button>
        }
      />
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <Switch size="small" checked={showCancelled} onChange={setShowCancelled} />
        {t('inventory.showCancelled')}
      </Flex>
      {warehouses.isError ? (
        <QueryError error={warehouses.error} onRetry={() => void warehouses.refetch()} />
      ) : (
        <Table<WarehouseView>
          rowKey="id"
          columns={columns}
          dataSource={warehouses.data ?? []}
          loading={warehouses.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={false}
        />
      )}
      <WarehouseFormModal
        open={editing !== null}
        warehouse={editing?.warehouse}
        onClose={() => setEditing(null)}
      />
      <TextPromptModal
        open={cancelling !== null}
        title={t('inventory.cancelTitle', { name: cancelling?.name ?? '' })}
        label={t('inventory.cancelReason')}
        name="reason"
        maxLength={300}
        isDanger
        okText={t('inventory.cancel')}
        isSubmitting={cancel.isPending}
        onSubmit={async (reason) => {
          await cancel.mutateAsync(reason);
          void message.success(t('inventory.cancelledMessage'));
        }}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
