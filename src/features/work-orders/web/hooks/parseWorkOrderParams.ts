import { WORK_ORDER_SORTS } from '../../work-order.schemas';
import { WORK_ORDER_STATES, type WorkOrderStatus } from '../../work-order.states';
import type { WorkOrderListParams, WorkOrderSort } from '../api/WorkOrderListParams';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The list's filters live in the URL; anything unreadable there falls back to the default. */
export function parseWorkOrderParams(search: URLSearchParams): WorkOrderListParams {
  const status = (search.get('status') ?? '')
    .split(',')
    .filter((s): s is WorkOrderStatus => (WORK_ORDER_STATES as readonly string[]).includes(s));
  const sort = search.get('sort');
  const from = search.get('from');
  const to = search.get('to');
  return {
    q: search.get('q') || undefined,
    status: status.length ? status : undefined,
    technicianId: search.get('technicianId') || undefined,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    sort: (WORK_ORDER_SORTS as readonly string[]).includes(sort ?? '')
      ? (sort as WorkOrderSort)
      : 'createdAt',
    order: search.get('order') === 'asc' ? 'asc' : 'desc',
    page: positive(search.get('page'), 1),
    pageSize: Math.min(positive(search.get('pageSize'), 20), 100),
  };
}

/** The inverse: only non-default values go into the URL, so links stay short. */
export function toSearchParams(params: WorkOrderListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.status?.length) search.set('status', params.status.join(','));
  if (params.technicianId) search.set('technicianId', params.technicianId);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.sort !== 'createdAt') search.set('sort', params.sort);
  if (params.order !== 'desc') search.set('order', params.order);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 20) search.set('pageSize', String(params.pageSize));
  return search;
}
