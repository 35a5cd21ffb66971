import { MobileOutlined } from '@ant-design/icons';
import { Button, Flex, Pagination, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../web/components/QueryError';
import { RowList } from '../../../web/components/RowList';
import { CheckInButton } from '../../technicians/web';
import { WORK_ORDER_STATES, type WorkOrderStatus } from '../work-order.states';
import { WorkOrderCard } from './components/WorkOrderCard';
import { useWorkOrderList } from './hooks/useWorkOrderList';

type Tab = 'open' | 'closed';
const PAGE_SIZE = 20;
/** Done for the technician: closed, cancelled, or taken back (the repair return carries it on). */
const DONE: WorkOrderStatus[] = ['closed', 'cancelled', 'taken_back'];
const STATUSES: Record<Tab, WorkOrderStatus[]> = {
  open: WORK_ORDER_STATES.filter((s) => !DONE.includes(s)),
  closed: DONE,
};

/** The technician's own orders as cards: readable and tappable at 375 px. */
export function MyWorkOrdersPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('open');
  const [page, setPage] = useState(1);
  const orders = useWorkOrderList({
    mine: 'true',
    status: STATUSES[tab],
    // Open orders in the order of the day's route (unplanned ones last); closed ones newest first.
    sort: tab === 'open' ? 'plannedStart' : 'updatedAt',
    order: tab === 'open' ? 'asc' : 'desc',
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto' }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('workOrders.myTitle')}
        </Typography.Title>
        <CheckInButton />
      </Flex>
      <Link to="/m">
        <Button block size="large" type="primary" icon={<MobileOutlined />}>
          {t('workOrders.openPhoneApp')}
        </Button>
      </Link>
      <Segmented<Tab>
        block
        size="large"
        value={tab}
        options={[
          { value: 'open', label: t('workOrders.myOpen') },
          { value: 'closed', label: t('workOrders.myClosed') },
        ]}
        onChange={(value) => {
          setTab(value);
          setPage(1);
        }}
      />
      {orders.isError ? (
        <QueryError error={orders.error} onRetry={() => void orders.refetch()} />
      ) : (
        <>
          <RowList
            items={orders.data?.items ?? []}
            rowKey={(order) => order.id}
            isLoading={orders.isFetching}
            isDivided={false}
            gap={12}
            emptyText={t('workOrders.myEmpty')}
            renderRow={(order) => <WorkOrderCard order={order} />}
          />
          {(orders.data?.total ?? 0) > PAGE_SIZE && (
            <Pagination
              simple
              align="center"
              current={page}
              pageSize={PAGE_SIZE}
              total={orders.data?.total}
              onChange={setPage}
            />
          )}
        </>
      )}
    </Flex>
  );
}
