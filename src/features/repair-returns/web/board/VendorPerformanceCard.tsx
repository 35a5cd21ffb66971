import { Card, DatePicker, Empty, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../web/components/QueryError';
import type { VendorPerformanceView } from '../../returns-board.schemas';
import { useVendorPerformance } from '../hooks/useRepairReturns';
import { performanceChartOption } from '../lib/performanceChart';
import { EChart } from './EChart';

type Row = VendorPerformanceView['rows'][number];

const share = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

/** Vendors compared: returns back in the period, mean turnaround, on-time share, refusals. */
export function VendorPerformanceCard() {
  const { t } = useTranslation();
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const performance = useVendorPerformance(range);
  const data = performance.data;
  return (
    <Card
      title={t('repairReturns.performance.title')}
      extra={
        <DatePicker.RangePicker
          allowClear
          value={data ? [dayjs(data.from), dayjs(data.to)] : null}
          onChange={(days) =>
            setRange(
              days?.[0] && days[1]
                ? { from: days[0].format('YYYY-MM-DD'), to: days[1].format('YYYY-MM-DD') }
                : {},
            )
          }
        />
      }
    >
      {performance.isError ? (
        <QueryError error={performance.error} onRetry={() => void performance.refetch()} />
      ) : (
        <>
          {data?.rows.some((r) => r.returned > 0) ? (
            <EChart
              testId="performance-chart"
              option={performanceChartOption(data.rows, {
                turnaround: t('repairReturns.performance.meanTurnaround'),
                onTime: t('repairReturns.performance.onTimeShare'),
                days: t('repairReturns.performance.daysAxis'),
              })}
            />
          ) : (
            <Empty description={t('repairReturns.performance.noneBack')} />
          )}
          <Table<Row>
            rowKey={(r) => r.vendor.id}
            size="small"
            loading={performance.isFetching}
            pagination={false}
            dataSource={data?.rows ?? []}
            columns={[
              { title: t('repairReturns.field.vendor'), render: (_, r) => r.vendor.name },
              {
                title: t('repairReturns.performance.returned'),
                dataIndex: 'returned',
                align: 'right',
              },
              {
                title: t('repairReturns.performance.meanTurnaround'),
                dataIndex: 'meanTurnaroundDays',
                align: 'right',
                render: (v: number | null) =>
                  v === null ? '—' : t('repairReturns.daysDecimal', { days: v.toFixed(1) }),
              },
              {
                title: t('repairReturns.performance.onTimeShare'),
                dataIndex: 'onTimeShare',
                align: 'right',
                render: share,
              },
              {
                title: t('repairReturns.performance.refused'),
                dataIndex: 'refused',
                align: 'right',
              },
              { title: t('repairReturns.performance.open'), dataIndex: 'open', align: 'right' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
