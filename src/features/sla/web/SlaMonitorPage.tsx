import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import type { SlaClockParams } from './api/slaApi';
import { SlaClockTable } from './components/SlaClockTable';
import { SlaFilters } from './components/SlaFilters';
import { SlaSummaryBar } from './components/SlaSummaryBar';
import { useSlaClocks } from './hooks/useSlaClocks';
import { useSlaSummary } from './hooks/useSlaSummary';

/** 服务时限监控: every open deadline of every open order, read again every minute. */
export function SlaMonitorPage() {
  const { t } = useTranslation();
  const [params, setParams] = useState<SlaClockParams>({ page: 1, pageSize: 50 });
  const clocks = useSlaClocks(params);
  const summary = useSlaSummary();
  const change = (next: Partial<SlaClockParams>) => setParams({ ...params, ...next });
  const refresh = () => {
    void clocks.refetch();
    void summary.refetch();
  };
  return (
    <Card>
      <PageTitle
        title={t('sla.title')}
        extra={
          <Space>
            {clocks.dataUpdatedAt > 0 && (
              <Typography.Text type="secondary" data-testid="sla-updated-at">
                {t('sla.updatedAt', { time: dayjs(clocks.dataUpdatedAt).format('HH:mm:ss') })}
              </Typography.Text>
            )}
            <Button icon={<ReloadOutlined />} onClick={refresh} loading={clocks.isFetching}>
              {t('sla.refresh')}
            </Button>
          </Space>
        }
      />
      <SlaSummaryBar summary={summary.data} onPick={(state) => change({ state, page: 1 })} />
      <SlaFilters params={params} onChange={change} />
      {clocks.isError ? (
        <QueryError error={clocks.error} onRetry={() => void clocks.refetch()} />
      ) : (
        <SlaClockTable
          params={params}
          items={clocks.data?.items ?? []}
          total={clocks.data?.total ?? 0}
          isLoading={clocks.isFetching && !clocks.data}
          onChange={change}
        />
      )}
    </Card>
  );
}
