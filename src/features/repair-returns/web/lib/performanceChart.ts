import type { VendorPerformanceView } from '../../returns-board.schemas';

type Row = VendorPerformanceView['rows'][number];

export interface ChartLabels {
  turnaround: string;
  onTime: string;
  days: string;
}

/** One decimal for days, whole percent for shares; null stays a gap in the chart. */
const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));

/**
 * The vendor-performance chart: mean turnaround days as bars (left axis), the on-time share
 * as a line in percent (right axis), vendors with returns back in the period only, slowest
 * first so the eye lands on the problem.
 */
export function performanceChartOption(rows: readonly Row[], labels: ChartLabels) {
  const shown = rows
    .filter((r) => r.returned > 0)
    .sort((a, b) => (b.meanTurnaroundDays ?? 0) - (a.meanTurnaroundDays ?? 0));
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { data: [labels.turnaround, labels.onTime] },
    grid: { left: 48, right: 56, bottom: 64, top: 40 },
    xAxis: {
      type: 'category' as const,
      data: shown.map((r) => r.vendor.name),
      axisLabel: { interval: 0, rotate: shown.length > 6 ? 30 : 0 },
    },
    yAxis: [
      { type: 'value' as const, name: labels.days, minInterval: 1 },
      { type: 'value' as const, name: '%', min: 0, max: 100 },
    ],
    series: [
      {
        name: labels.turnaround,
        type: 'bar' as const,
        data: shown.map((r) => oneDecimal(r.meanTurnaroundDays)),
        label: { show: true, position: 'top' as const },
      },
      {
        name: labels.onTime,
        type: 'line' as const,
        yAxisIndex: 1,
        data: shown.map((r) => percent(r.onTimeShare)),
      },
    ],
  };
}
