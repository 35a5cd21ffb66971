import { Button, Card, DatePicker, Flex, Select, Space, Table } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { formatDateTime } from '../../../web/lib/formatDateTime';
import type { MovementView } from '../inventory.schemas';
import { MOVEMENT_KINDS, type MovementKind } from '../inventory.states';
import { MovementKindTag } from './components/MovementKindTag';
import { pagination } from '../../../web/lib/pagination';
import { PartSelect } from './components/PartSelect';
import { WarehouseSelect } from './components/WarehouseSelect';
import { useMovements, usePart } from './hooks/queries';
import {
  type MovementFilters,
  movementFiltersToParams,
  parseMovementFilters,
} from './lib/movementFilters';
import { signedQuantity } from './lib/signedQuantity';

/** What a movement was for: the work order, the repair return or the stock count. */
function Reference({ movement: m }: { movement: MovementView }) {
  return (
    <Space size={4} wrap>
      {m.workOrder && <Link to={`/work-orders/${m.workOrder.id}`}>{m.workOrder.number}</Link>}
      {m.repairReturn && (
        <Link to={`/repair-returns/${m.repairReturn.id}`}>{m.repairReturn.number}</Link>
      )}
      {m.stockCount && <Link to={`/stock-counts/${m.stockCount.id}`}>{m.stockCount.number}</Link>}
    </Space>
  );
}

/** 出入库记录: the append-only ledger of every stock movement, newest first. */
export function MovementListPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseMovementFilters(searchParams);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const movements = useMovements({ ...filters, ...paging });
  const part = usePart(filters.partId);
  const change = (change: Partial<MovementFilters>) => {
    setSearchParams(movementFiltersToParams({ ...filters, ...change }), { replace: true });
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const columns: TableProps<MovementView>['columns'] = [
    { title: t('inventory.movements.at'), dataIndex: 'at', render: formatDateTime },
    {
      title: t('inventory.movements.kind'),
      dataIndex: 'kind',
      render: (kind: MovementKind) => <MovementKindTag kind={kind} />,
    },
    {
      title: t('inventory.stock.part'),
      key: 'part',
      render: (_, m) => `${m.part.code} ${m.part.name}`,
    },
    {
      title: t('inventory.stock.quantity'),
      key: 'quantity',
      align: 'right',
      render: (_, m) => <span data-testid="movement-quantity">{signedQuantity(m)}</span>,
    },
    { title: t('inventory.movements.from'), key: 'from', render: (_, m) => m.from?.name ?? '—' },
    { title: t('inventory.movements.to'), key: 'to', render: (_, m) => m.to?.name ?? '—' },
    {
      title: t('inventory.serials.label'),
      dataIndex: 'serialNumber',
      render: (serial: string | null) => serial ?? '—',
    },
    {
      title: t('inventory.movements.reference'),
      key: 'reference',
      render: (_, m) => <Reference movement={m} />,
    },
    {
      title: t('inventory.stock.reason'),
      dataIndex: 'reason',
      render: (r: string | null) => r ?? '',
    },
    { title: t('inventory.movements.actor'), key: 'actor', render: (_, m) => m.actor.name },
  ];
  return (
    <Card>
      <PageTitle title={t('inventory.movements.title')} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <PartSelect
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('inventory.movements.allParts')}
          value={filters.partId}
          current={part.data}
          onChange={(partId) => change({ partId })}
          data-testid="movement-part-filter"
        />
        <WarehouseSelect
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('inventory.stock.allWarehouses')}
          value={filters.warehouseId}
          onChange={(warehouseId) => change({ warehouseId })}
          data-testid="movement-warehouse-filter"
        />
        <Select<MovementKind>
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('inventory.movements.allKinds')}
          value={filters.kind}
          options={MOVEMENT_KINDS.map((kind) => ({
            value: kind,
            label: t(`inventory.movementKinds.${kind}`),
          }))}
          onChange={(kind) => change({ kind })}
          data-testid="movement-kind-filter"
        />
        <DatePicker.RangePicker
          aria-label={t('inventory.movements.dateRange')}
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) =>
            change({
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
        />
        <Button onClick={() => setSearchParams(new URLSearchParams(), { replace: true })}>
          {t('common.reset')}
        </Button>
      </Flex>
      {movements.isError ? (
        <QueryError error={movements.error} onRetry={() => void movements.refetch()} />
      ) : (
        <Table<MovementView>
          rowKey="id"
          columns={columns}
          dataSource={movements.data?.items ?? []}
          loading={movements.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={pagination(t, paging, movements.data?.total ?? 0, setPaging)}
          data-testid="movements"
        />
      )}
    </Card>
  );
}
