import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryTable } from '../../../web/components/QueryTable';
import type { WarehouseView } from '../inventory.schemas';
import { inventoryApi } from './api/inventoryApi';
import { CancelPrompt } from './components/CancelPrompt';
import { CodeWithCancelled } from './components/CodeWithCancelled';
import { EditCancelLinks } from './components/EditCancelLinks';
import { ShowCancelledSwitch } from './components/ShowCancelledSwitch';
import { WarehouseFormModal } from './components/WarehouseFormModal';
import { useWarehouses } from './hooks/queries';

/** 仓库: the central store, the outlets' stores and every technician's van. */
export function WarehouseListPage() {
  const { t } = useTranslation();
  const [showCancelled, setShowCancelled] = useState(false);
  const warehouses = useWarehouses(showCancelled);
  const [editing, setEditing] = useState<{ warehouse?: WarehouseView } | null>(null);
  const [cancelling, setCancelling] = useState<WarehouseView | null>(null);
  const columns: TableProps<WarehouseView>['columns'] = [
    {
      title: t('inventory.warehouses.code'),
      dataIndex: 'code',
      render: (code: string, w) => <CodeWithCancelled code={code} isCancelled={w.cancelled} />,
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
            <EditCancelLinks
              onEdit={() => setEditing({ warehouse: w })}
              onCancel={() => setCancelling(w)}
            />
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
      <ShowCancelledSwitch
        checked={showCancelled}
        onChange={setShowCancelled}
        style={{ marginBottom: 16 }}
      />
      <QueryTable<WarehouseView>
        query={warehouses}
        columns={columns}
        dataSource={warehouses.data ?? []}
        pagination={false}
      />
      <WarehouseFormModal
        open={editing !== null}
        warehouse={editing?.warehouse}
        onClose={() => setEditing(null)}
      />
      <CancelPrompt
        record={cancelling}
        run={(w, reason) => inventoryApi.warehouses.cancel(w.id, reason)}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
