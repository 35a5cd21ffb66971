import { describe, expect, it } from 'vitest';
import type { BoardJob } from '../dispatch.schemas';
import { dropPosition, instantAt, makeScale, percentOf, placeJobs } from './timeline';

const job = (id: string, plannedStart: string | null, minutes = 60): BoardJob => ({
  workOrderId: id,
  number: id,
  customerName: 'c',
  urgency: 'normal',
  categoryName: null,
  plannedStart,
  plannedEnd: null,
  minutes,
  window: null,
  hasLocation: true,
});

describe('timeline', () => {
  it('spans 08:00–19:00 and widens to whole hours for early or late instants', () => {
    const day = '2026-11-30';
    const plain = makeScale(day, []);
    expect(plain.end - plain.start).toBe(11 * 3_600_000);
    const early = new Date(plain.start - 90 * 60_000).toISOString();
    expect(makeScale(day, [early, null]).start).toBe(plain.start - 2 * 3_600_000);
  });

  it('maps instants to percent and back', () => {
    const scale = { start: 0, end: 1000 };
    expect(percentOf(scale, 250)).toBe(25);
    expect(percentOf(scale, 5000)).toBe(100);
    expect(instantAt(scale, 0.5)).toBe(500);
  });

  it('draws unscheduled jobs one after the other from the shift start', () => {
    const placed = placeJobs([job('a', null, 30), job('b', null, 45)], '1970-01-01T00:00:00Z');
    expect(placed.map((p) => [p.start, p.end])).toEqual([
      [0, 1_800_000],
      [1_800_000, 4_500_000],
    ]);
  });

  it('counts the other jobs starting before the drop time', () => {
    const placed = placeJobs(
      [job('a', '2026-11-30T01:00:00Z'), job('b', '2026-11-30T03:00:00Z')],
      '2026-11-30T00:30:00Z',
    );
    const at = (iso: string) => Date.parse(iso);
    expect(dropPosition(placed, 'x', at('2026-11-30T00:45:00Z'))).toBe(0);
    expect(dropPosition(placed, 'x', at('2026-11-30T02:00:00Z'))).toBe(1);
    expect(dropPosition(placed, 'x', at('2026-11-30T05:00:00Z'))).toBe(2);
    expect(dropPosition(placed, 'a', at('2026-11-30T05:00:00Z'))).toBe(1);
  });
});
