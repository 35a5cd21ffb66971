import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { ReturnFilters } from './components/ReturnFilters';
import { ReturnTable } from './components/ReturnTable';
import { useRepairReturnList, useReturnsBoard } from './hooks/useRepairReturns';
import { useReturnListParams } from './hooks/useReturnListParams';

/** 返修单: every return, by state, vendor, overdue chase or a search. */
export function RepairReturnListPage() {
  const { t } = useTranslation();
  const [params, update] = useReturnListParams();
  const list = useRepairReturnList(params);
  const board = useReturnsBoard();
  const counts = board.data
    ? Object.fromEntries(board.data.byStatus.map((s) => [s.status, s.count]))
    : undefined;
  return (
    <Card>
      <PageTitle title={t('repairReturns.list.title')} />
      <ReturnFilters params={params} counts={counts} onChange={update} />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ReturnTable
          items={list.data?.items ?? []}
          isLoading={list.isFetching}
          paging={{
            page: params.page,
            pageSize: params.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => update({ page, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
