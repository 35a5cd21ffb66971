import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { formatDateTime } from '../../../web/lib/formatDateTime';
import { STOCK_COUNT_STATES, type StockCountStatus } from '../inventory.states';
import type { StockCountListItem } from './api/inventoryApi';
import { NewStockCountModal } from './components/NewStockCountModal';
import { pagination } from '../../../web/lib/pagination';
import { StockCountStatusTag } from './components/StockCountStatusTag';
import { WarehouseSelect } from './components/WarehouseSelect';
import { useStockCounts } from './hooks/queries';

/** 盘点: the stock counts, open ones first to finish, posted ones as the record. */
export function StockCountListPage() {
  const { t } = useTranslation();
  const [warehouseId, setWarehouseId] = useState<string | undefined>();
  const [status, setStatus] = useState<StockCountStatus | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const counts = useStockCounts({ warehouseId, status, ...paging });
  const [isCreating, setCreating] = useState(false);
  const columns: TableProps<StockCountListItem>['columns'] = [
    {
      title: t('inventory.counts.number'),
      dataIndex: 'number',
      render: (number: string, c) => <Link to={`/stock-counts/${c.id}`}>{number}</Link>,
    },
    { title: t('inventory.stock.warehouse'), key: 'warehouse', render: (_, c) => c.warehouse.name },
    {
      title: t('inventory.counts.status'),
      dataIndex: 'status',
      render: (s: StockCountStatus) => <StockCountStatusTag status={s} />,
    },
    { title: t('inventory.counts.lines'), dataIndex: 'lineCount', align: 'right' },
    { title: t('inventory.counts.differences'), dataIndex: 'differences', align: 'right' },
    {
      title: t('inventory.counts.createdBy'),
      key: 'createdBy',
      render: (_, c) => c.createdBy.name,
    },
    { title: t('inventory.counts.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
    { title: t('inventory.counts.postedAt'), dataIndex: 'postedAt', render: formatDateTime },
  ];
  const firstPage = () => setPaging((p) => ({ ...p, page: 1 }));
  return (
    <Card>
      <PageTitle
        title={t('inventory.counts.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="new-count"
          >
            {t('inventory.counts.new')}
          </Button>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <WarehouseSelect
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('inventory.stock.allWarehouses')}
          value={warehouseId}
          onChange={(id) => {
            setWarehouseId(id);
            firstPage();
          }}
        />
        <Select<StockCountStatus>
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('inventory.counts.allStates')}
          value={status}
          options={STOCK_COUNT_STATES.map((s) => ({
            value: s,
            label: t(`inventory.countStates.${s}`),
          }))}
          onChange={(s) => {
            setStatus(s);
            firstPage();
          }}
        />
      </Flex>
      {counts.isError ? (
        <QueryError error={counts.error} onRetry={() => void counts.refetch()} />
      ) : (
        <Table<StockCountListItem>
          rowKey="id"
          columns={columns}
          dataSource={counts.data?.items ?? []}
          loading={counts.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={pagination(t, paging, counts.data?.total ?? 0, setPaging)}
        />
      )}
      <NewStockCountModal open={isCreating} onClose={() => setCreating(false)} />
    </Card>
  );
}
