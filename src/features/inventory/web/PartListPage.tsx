import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Switch, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { TextPromptModal } from '../../../web/components/TextPromptModal';
import { formatCents } from '../../../web/lib/money';
import { useDebouncedValue } from '../../../web/lib/useDebouncedValue';
import type { CatalogPartView } from '../inventory.schemas';
import { inventoryApi } from './api/inventoryApi';
import { pagination } from '../../../web/lib/pagination';
import { PartFormModal } from './components/PartFormModal';
import { useInventoryMutation, useParts } from './hooks/queries';
import { useInventoryAccess } from './hooks/useInventoryAccess';

/** 备件: the parts catalogue — code, name, unit, serial tracking, price, the models they fit. */
export function PartListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
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
  const cancel = useInventoryMutation((reason: string) =>
    inventoryApi.parts.cancel(cancelling!, reason),
  );
  const columns: TableProps<CatalogPartView>['columns'] = [
    {
      title: t('inventory.parts.code'),
      dataIndex: 'code',
      render: (code: string, p) => (
        <>
          {code} {p.cancelled && <Tag>{t('inventory.cancelled')}</Tag>}
        </>
      ),
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
            <Button type="link" size="small" onClick={() => setEditing({ part: p })}>
              {t('common.edit')}
            </Button>
            <Button type="link" size="small" danger onClick={() => setCancelling(p)}>
              {t('inventory.cancel')}
            </Button>
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
        <Flex gap={8} align="center">
          <Switch size="small" checked={showCancelled} onChange={setShowCancelled} />
          {t('inventory.showCancelled')}
        </Flex>
      </Flex>
      {parts.isError ? (
        <QueryError error={parts.error} onRetry={() => void parts.refetch()} />
      ) : (
        <Table<CatalogPartView>
          rowKey="id"
          columns={columns}
          dataSource={parts.data?.items ?? []}
          loading={parts.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={pagination(t, paging, parts.data?.total ?? 0, setPaging)}
        />
      )}
      <PartFormModal
        open={editing !== null}
        part={editing?.part}
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
