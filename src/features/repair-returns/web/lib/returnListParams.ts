import { REPAIR_RETURN_STATES, type RepairReturnStatus } from '../../repair-return.states';
import type { ReturnListParams } from '../api/ReturnListParams';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The list's filters live in the URL; anything unreadable there falls back to the default. */
export function parseReturnListParams(search: URLSearchParams): ReturnListParams {
  const status = (search.get('status') ?? '')
    .split(',')
    .filter((s): s is RepairReturnStatus =>
      (REPAIR_RETURN_STATES as readonly string[]).includes(s),
    );
  const vendorId = search.get('vendorId') ?? '';
  return {
    status: status.length ? status : undefined,
    vendorId: UUID.test(vendorId) ? vendorId : undefined,
    chaseOverdue: search.get('chaseOverdue') === 'true' || undefined,
    q: search.get('q')?.trim() || undefined,
    page: positive(search.get('page'), 1),
    pageSize: Math.min(positive(search.get('pageSize'), 20), 100),
  };
}

/** The inverse: only non-default values go into the URL, so links stay short. */
export function toReturnSearchParams(params: ReturnListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.status?.length) search.set('status', params.status.join(','));
  if (params.vendorId) search.set('vendorId', params.vendorId);
  if (params.chaseOverdue) search.set('chaseOverdue', 'true');
  if (params.q) search.set('q', params.q);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 20) search.set('pageSize', String(params.pageSize));
  return search;
}
