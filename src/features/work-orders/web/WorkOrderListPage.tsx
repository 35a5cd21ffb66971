import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { WorkOrderFilters } from './components/WorkOrderFilters';
import { WorkOrderTable } from './components/WorkOrderTable';
import { useWorkOrderList } from './hooks/useWorkOrderList';
import { useWorkOrderListParams } from './hooks/useWorkOrderListParams';

export function WorkOrderListPage() {
  const { t } = useTranslation();
  const [params, update] = useWorkOrderListParams();
  const orders = useWorkOrderList(params);
  return (
    <Card>
      <PageTitle
        title={t('workOrders.title')}
        extra={<ExportButton list="work-orders" filters={params} />}
      />
      <WorkOrderFilters params={params} onChange={update} />
      {orders.isError ? (
        <QueryError error={orders.error} onRetry={() => void orders.refetch()} />
      ) : (
        <WorkOrderTable
          params={params}
          items={orders.data?.items ?? []}
          total={orders.data?.total ?? 0}
          isLoading={orders.isFetching}
          onChange={update}
        />
      )}
    </Card>
  );
}
