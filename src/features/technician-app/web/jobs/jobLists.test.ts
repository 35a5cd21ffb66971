import { describe, expect, it } from 'vitest';
import type { WorkOrderStatus } from '../../../work-orders/work-order.states';
import { type JobRow, splitJobs } from './jobLists';

const dayOf = (iso: string) => iso.slice(0, 10);
let n = 0;
const job = (status: WorkOrderStatus, extra: Partial<JobRow> = {}): JobRow => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  number: `WO-${n}`,
  status,
  urgency: 'normal',
  customer: { id: '00000000-0000-4000-8000-000000000000', name: 'c' },
  department: null,
  faultDescription: 'f',
  contactPhone: '1',
  technician: null,
  plannedStart: null,
  routeSequence: null,
  nextDeadline: null,
  createdAt: `2026-11-20T0${n % 10}:00:00Z`,
  updatedAt: '2026-11-20T00:00:00Z',
  ...extra,
});

describe('my jobs today', () => {
  it('lists today’s planned visits in route order, then those agreed for today', () => {
    const late = job('scheduled', { plannedStart: '2026-11-28T14:00:00Z', routeSequence: 2 });
    const early = job('assigned', { plannedStart: '2026-11-28T09:00:00Z', routeSequence: 1 });
    const agreed = job('scheduled', {
      window: { start: '2026-11-28T11:00:00Z', end: '2026-11-28T12:00:00Z', agreed: true },
    });
    const tomorrow = job('scheduled', { plannedStart: '2026-11-29T09:00:00Z' });
    const unplanned = job('assigned');
    const { today, later } = splitJobs(
      [late, tomorrow, unplanned, agreed, early],
      '2026-11-28',
      dayOf,
    );
    expect(today.map((j) => j.number)).toEqual([early.number, agreed.number, late.number]);
    expect(later.map((j) => j.number)).toEqual([tomorrow.number, unplanned.number]);
  });

  it('goes by the window agreed with the customer before the plan', () => {
    const moved = job('scheduled', {
      plannedStart: '2026-11-28T08:00:00Z',
      window: { start: '2026-11-28T15:00:00Z', end: '2026-11-28T16:00:00Z', agreed: true },
    });
    const planned = job('assigned', { plannedStart: '2026-11-28T10:00:00Z' });
    const { today } = splitJobs([moved, planned], '2026-11-28', dayOf);
    expect(today.map((j) => j.number)).toEqual([planned.number, moved.number]);
  });

  it('keeps jobs under way and overdue visits in today’s list', () => {
    const onSite = job('on_site');
    const overdue = job('scheduled', { plannedStart: '2026-11-27T09:00:00Z' });
    const revisit = job('awaiting_revisit');
    const { today, later } = splitJobs([revisit, onSite, overdue], '2026-11-28', dayOf);
    expect(today.map((j) => j.number)).toEqual([overdue.number, onSite.number]);
    expect(later.map((j) => j.number)).toEqual([revisit.number]);
  });
});
