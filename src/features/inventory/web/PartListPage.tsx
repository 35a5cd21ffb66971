import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryTable } from '../../../web/components/QueryTable';
import { formatCents } from '../../../platform/format';
import { useDebouncedValue } from '../../../web/lib/useDebouncedValue';
import type { CatalogPartView } from '../inventory.schemas';
import { inventoryApi } from './api/inventoryApi';
import { pagination } from '../../../web/lib/pagination';
import { CancelPrompt } from './components/CancelPrompt';
import { CodeWithCancelled } from './components/CodeWithCancelled';
import { EditCancelLinks } from './components/EditCancelLinks';
import { PartFormModal } from './components/PartFormModal';
import { ShowCancelledSwitch } from './components/ShowCancelledSwitch';
import { useParts } from './hooks/queries';
import { useInventoryAccess } from './hooks/useInventoryAccess';

/** 备件: the parts catalogue — code, name, unit, serial tracking, price, the models they fit. */
export function PartListPage() {
  const { t } = useTranslation();
  const { canManage } = useInventoryAccess();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [showCancelled, setShowCancelled] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const parts = useParts({
    q: q || undefined,
    includeCancelled: showCancelled ? 'true' : undefined,
    ...paging,
  });
  const [editing, setEditing] = useState<{ part?: CatalogPartView } | null>(null);
  const [cancelling, setCancelling] = useState<CatalogPartView | null>(null);
  const columns: TableProps<CatalogPartView>['columns'] = [
    {
      title: t('inventory.parts.code'),
      dataIndex: 'code',
      render: (code: string, p) => <CodeWithCancelled code={code} isCancelled={p.cancelled} />,
    },
    { title: t('inventory.parts.name'), dataIndex: 'name' },
    { title: t('inventory.parts.unit'), dataIndex: 'unit' },
    {
      title: t('inventory.parts.serialTracked'),
      dataIndex: 'serialTracked',
      render: (tracked: boolean) => (tracked ? t('common.yes') : t('common.no')),
    },
    {
      title: t('inventory.parts.price'),
      dataIndex: 'priceCents',
      align: 'right',
      render: (cents: number) => formatCents(cents),
    },
    {
      title: t('inventory.parts.models'),
      key: 'models',
      responsive: ['md'],
      render: (_, p) => p.models.map((m) => m.code).join('、') || '—',
    },
    {
      title: t('inventory.parts.totalQuantity'),
      dataIndex: 'totalQuantity',
      align: 'right',
    },
  ];
  if (canManage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) =>
        p.cancelled ? null : (
          <Flex>
            <EditCancelLinks
              onEdit={() => setEditing({ part: p })}
              onCancel={() => setCancelling(p)}
            />
          </Flex>
        ),
    });
  return (
    <Card>
      <PageTitle
        title={t('inventory.parts.title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({})}
              data-testid="new-part"
            >
              {t('inventory.parts.new')}
            </Button>
          )
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          value={search}
          placeholder={t('inventory.parts.searchPlaceholder')}
          style={{ maxWidth: 320 }}
          onChange={(event) => {
            setSearch(event.target.value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        <ShowCancelledSwitch checked={showCancelled} onChange={setShowCancelled} />
      </Flex>
      <QueryTable<CatalogPartView>
        query={parts}
        columns={columns}
        dataSource={parts.data?.items ?? []}
        pagination={pagination(t, paging, parts.data?.total ?? 0, setPaging)}
      />
      <PartFormModal
        open={editing !== null}
        part={editing?.part}
        onClose={() => setEditing(null)}
      />
      <CancelPrompt
        record={cancelling}
        run={(p, reason) => inventoryApi.parts.cancel(p, reason)}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
