import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { HistoryEntry, WorkOrderDetail, WorkOrderListItem } from '../../work-order.schemas';
import type { WorkOrderListParams } from './WorkOrderListParams';

export const workOrdersApi = {
  list: (params: WorkOrderListParams, signal?: AbortSignal) =>
    apiRequest<Page<WorkOrderListItem>>('/work-orders', {
      query: { ...params, status: params.status?.join(',') },
      signal,
    }),
  get: (id: string) => apiRequest<WorkOrderDetail>(`/work-orders/${id}`),
  history: (id: string) => apiRequest<HistoryEntry[]>(`/work-orders/${id}/history`),
  /** The key makes a retried submission (lost answer, double click) create one order, not two. */
  create: (body: { hotlineCallId: string; technicianId?: string }, idempotencyKey: string) =>
    apiRequest<WorkOrderDetail>('/work-orders', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  assign: (id: string, body: { technicianId: string }) =>
    apiRequest<WorkOrderDetail>(`/work-orders/${id}/assign`, { method: 'POST', body }),
  reassign: (id: string, body: { technicianId: string; reason: string }) =>
    apiRequest<WorkOrderDetail>(`/work-orders/${id}/reassign`, { method: 'POST', body }),
  close: (id: string, body: { resolution: string }) =>
    apiRequest<WorkOrderDetail>(`/work-orders/${id}/close`, { method: 'POST', body }),
  cancel: (id: string, body: { reason: string }) =>
    apiRequest<WorkOrderDetail>(`/work-orders/${id}/cancel`, { method: 'POST', body }),
};
