import type { WORK_ORDER_SORTS } from '../../work-order.schemas';
import type { WorkOrderStatus } from '../../work-order.states';

export type WorkOrderSort = (typeof WORK_ORDER_SORTS)[number];

/** The list query as the page holds it; `status` is joined with commas on the wire. */
export interface WorkOrderListParams {
  q?: string;
  status?: WorkOrderStatus[];
  technicianId?: string;
  mine?: 'true';
  from?: string;
  to?: string;
  sort: WorkOrderSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}
