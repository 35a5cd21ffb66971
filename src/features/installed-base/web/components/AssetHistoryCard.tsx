import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../../web/components/QueryError';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { AssetHistoryEntry } from '../../asset.schemas';
import { useAssetHistory } from '../hooks/queries';

/** Every service request and work order of the unit, newest first, each linking to its order. */
export function AssetHistoryCard({ assetId }: { assetId: string }) {
  const { t } = useTranslation();
  const history = useAssetHistory(assetId);
  const statusText = (e: AssetHistoryEntry) =>
    e.kind === 'work_order'
      ? t(`enums.status.${e.status}`, { defaultValue: e.status })
      : t(`installedBase.requestStatus.${e.status}`, { defaultValue: e.status });
  return (
    <Card title={t('installedBase.assetPage.history')}>
      {history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Table<AssetHistoryEntry>
          rowKey="id"
          size="small"
          loading={history.isPending}
          dataSource={history.data?.entries ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('installedBase.assetPage.noHistory') }}
          columns={[
            {
              title: t('installedBase.assetPage.when'),
              dataIndex: 'at',
              render: (at: string) => formatDateTime(at),
            },
            {
              title: t('installedBase.assetPage.kind'),
              dataIndex: 'kind',
              render: (kind: AssetHistoryEntry['kind']) => (
                <Tag color={kind === 'work_order' ? 'blue' : 'gold'}>
                  {t(`installedBase.historyKind.${kind}`)}
                </Tag>
              ),
            },
            {
              title: t('installedBase.assetPage.number'),
              dataIndex: 'number',
              render: (number: string, e) =>
                e.workOrderId ? <Link to={`/work-orders/${e.workOrderId}`}>{number}</Link> : number,
            },
            {
              title: t('installedBase.assetPage.status'),
              key: 'status',
              render: (_, e) => statusText(e),
            },
            { title: t('installedBase.assetPage.summary'), dataIndex: 'summary', ellipsis: true },
          ]}
        />
      )}
    </Card>
  );
}
