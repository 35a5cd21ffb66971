import { Button, Card, Empty, Flex, Input, Skeleton, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { useDebouncedValue } from '../../../web/lib/useDebouncedValue';
import type { StockRow } from '../inventory.schemas';
import { pagination } from '../../../web/lib/pagination';
import {
  type StockMovementKind,
  StockMovementModal,
  type StockMovementStart,
} from './components/StockMovementModal';
import { StockTable } from './components/StockTable';
import { WarehouseSelect } from './components/WarehouseSelect';
import { useMyVan, useStock } from './hooks/queries';
import { useInventoryAccess } from './hooks/useInventoryAccess';

const MOVES: readonly StockMovementKind[] = ['receive', 'transfer', 'adjust'];

/**
 * 库存: stock by warehouse, or all of it, with receive, transfer and adjust for the warehouse
 * keeper. A technician sees their own van (我的随车库) and nothing else.
 */
export function StockPage() {
  const { t } = useTranslation();
  const { roles } = useSessionUser();
  const { canManage } = useInventoryAccess();
  const isVanOnly = !canManage && roles.includes('technician');
  const van = useMyVan(isVanOnly);
  // Opened from the warehouse list: that warehouse's stock.
  const [searchParams] = useSearchParams();
  const [chosenWarehouse, setWarehouse] = useState(searchParams.get('warehouseId') ?? undefined);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [isBelowOnly, setBelowOnly] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const warehouseId = isVanOnly ? van.data?.id : chosenWarehouse;
  const stock = useStock(
    { warehouseId, q: q || undefined, belowReorder: isBelowOnly ? 'true' : undefined, ...paging },
    !isVanOnly || Boolean(van.data),
  );
  const [moving, setMoving] = useState<StockMovementStart | null>(null);
  const firstPage = () => setPaging((p) => ({ ...p, page: 1 }));
  const title = isVanOnly
    ? t('inventory.stock.myVan', { name: van.data?.name ?? '' })
    : t('inventory.stock.title');

  if (isVanOnly && van.isPending) return <Skeleton active />;
  if (isVanOnly && van.isError)
    return <QueryError error={van.error} onRetry={() => void van.refetch()} />;
  if (isVanOnly && !van.data)
    return (
      <Card>
        <PageTitle title={t('inventory.stock.myVanTitle')} />
        <Empty description={t('inventory.stock.noVan')} data-testid="no-van" />
      </Card>
    );
  return (
    <Card>
      <PageTitle
        title={title}
        extra={
          canManage && (
            <Flex gap={8} wrap>
              {MOVES.map((kind) => (
                <Button
                  key={kind}
                  type={kind === 'receive' ? 'primary' : 'default'}
                  onClick={() => setMoving({ kind, warehouseId: chosenWarehouse })}
                  data-testid={`stock-${kind}`}
                >
                  {t(`inventory.stock.actions.${kind}`)}
                </Button>
              ))}
            </Flex>
          )
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        {!isVanOnly && (
          <WarehouseSelect
            allowClear
            style={{ minWidth: 220 }}
            placeholder={t('inventory.stock.allWarehouses')}
            value={chosenWarehouse}
            onChange={(id) => {
              setWarehouse(id);
              firstPage();
            }}
            data-testid="stock-warehouse-filter"
          />
        )}
        <Input.Search
          allowClear
          value={search}
          placeholder={t('inventory.stock.searchPlaceholder')}
          style={{ maxWidth: 280 }}
          onChange={(event) => {
            setSearch(event.target.value);
            firstPage();
          }}
        />
        <Flex gap={8} align="center">
          <Switch
            size="small"
            checked={isBelowOnly}
            onChange={(checked) => {
              setBelowOnly(checked);
              firstPage();
            }}
          />
          {t('inventory.stock.belowReorderOnly')}
        </Flex>
      </Flex>
      {stock.isError ? (
        <QueryError error={stock.error} onRetry={() => void stock.refetch()} />
      ) : (
        <StockTable
          rows={stock.data?.items ?? []}
          isLoading={stock.isFetching}
          pagination={pagination(t, paging, stock.data?.total ?? 0, setPaging)}
          canManage={canManage}
          showWarehouse={!warehouseId}
          onMove={(kind, row: StockRow) =>
            setMoving({ kind, warehouseId: row.warehouse.id, part: row.part })
          }
        />
      )}
      <StockMovementModal start={moving} onClose={() => setMoving(null)} />
    </Card>
  );
}
