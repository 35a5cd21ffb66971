import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig, TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StockRow } from '../../inventory.schemas';
import { ReorderLevelCell } from './ReorderLevelCell';
import type { StockMovementKind } from './StockMovementModal';

const keyOf = (row: StockRow) => `${row.warehouse.id}:${row.part.id}`;

/** Stock levels; serial-tracked rows expand to their serial numbers. */
export function StockTable({
  rows,
  isLoading,
  pagination,
  canManage,
  showWarehouse,
  onMove,
}: {
  rows: StockRow[];
  isLoading: boolean;
  pagination: TablePaginationConfig;
  canManage: boolean;
  showWarehouse: boolean;
  onMove: (kind: StockMovementKind, row: StockRow) => void;
}) {
  const { t } = useTranslation();
  const columns: TableProps<StockRow>['columns'] = [
    { title: t('inventory.parts.code'), key: 'code', render: (_, r) => r.part.code },
    { title: t('inventory.parts.name'), key: 'name', render: (_, r) => r.part.name },
    ...(showWarehouse
      ? [
          {
            title: t('inventory.stock.warehouse'),
            key: 'warehouse',
            render: (_: unknown, r: StockRow) => r.warehouse.name,
          },
        ]
      : []),
    {
      title: t('inventory.stock.quantity'),
      key: 'quantity',
      align: 'right',
      render: (_, r) => (
        <span data-testid="stock-quantity">
          {r.quantity} {r.part.unit}
        </span>
      ),
    },
    {
      title: t('inventory.stock.reorderLevel'),
      key: 'reorderLevel',
      align: 'right',
      render: (_, r) => <ReorderLevelCell row={r} canEdit={canManage} />,
    },
    {
      title: t('inventory.stock.state'),
      key: 'state',
      render: (_, r) =>
        r.belowReorder ? (
          <Tag color="error" data-testid="below-reorder">
            {t('inventory.stock.belowReorder')}
          </Tag>
        ) : null,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={0} wrap>
          {canManage &&
            (['receive', 'transfer', 'adjust'] as const).map((kind) => (
              <Button
                key={kind}
                type="link"
                size="small"
                onClick={() => onMove(kind, r)}
                data-testid={`row-${kind}`}
              >
                {t(`inventory.stock.actions.${kind}`)}
              </Button>
            ))}
          <Link to={`/stock/movements?warehouseId=${r.warehouse.id}&partId=${r.part.id}`}>
            {t('inventory.stock.history')}
          </Link>
        </Space>
      ),
    },
  ];
  return (
    <Table<StockRow>
      rowKey={keyOf}
      columns={columns}
      dataSource={rows}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
      expandable={{
        rowExpandable: (r) => r.part.serialTracked && r.serialNumbers.length > 0,
        expandedRowRender: (r) => (
          <Typography.Paragraph style={{ margin: 0 }} data-testid="stock-serials">
            {t('inventory.stock.serials')}：{r.serialNumbers.join('、')}
          </Typography.Paragraph>
        ),
      }}
    />
  );
}
