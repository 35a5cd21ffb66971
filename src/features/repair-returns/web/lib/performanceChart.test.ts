import { describe, expect, it } from 'vitest';
import { performanceChartOption } from './performanceChart';

const labels = { turnaround: 'mean', onTime: 'on time', days: 'days' };
const row = (name: string, returned: number, mean: number | null, share: number | null) => ({
  vendor: { id: `00000000-0000-4000-8000-00000000000${name.length}`, name },
  returned,
  meanTurnaroundDays: mean,
  onTimeShare: share,
  refused: 0,
  open: 0,
});

describe('performanceChartOption', () => {
  it('charts only vendors with returns back, slowest first', () => {
    const option = performanceChartOption(
      [row('fast', 3, 5, 1), row('none', 0, null, null), row('slow', 2, 21.26, 0.5)],
      labels,
    );
    expect(option.xAxis.data).toEqual(['slow', 'fast']);
    expect(option.series[0]?.data).toEqual([21.3, 5]);
    expect(option.series[1]?.data).toEqual([50, 100]);
  });

  it('leaves a gap where no promised date gave an on-time share', () => {
    const option = performanceChartOption([row('a', 1, 7, null)], labels);
    expect(option.series[1]?.data).toEqual([null]);
  });

  it('tilts the vendor names when there are many', () => {
    const many = Array.from({ length: 7 }, (_, i) => row(`v${'x'.repeat(i)}`, 1, i, 1));
    expect(performanceChartOption(many, labels).xAxis.axisLabel.rotate).toBe(30);
    expect(performanceChartOption(many.slice(0, 3), labels).xAxis.axisLabel.rotate).toBe(0);
  });
});
