import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { z } from 'zod';
import type { recommendationView } from '../../../dispatch/dispatch.schemas';
import type {
  appointmentBody,
  HistoryEntry,
  WorkOrderDetail,
  WorkOrderListItem,
} from '../../work-order.schemas';
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
  setAppointment: (id: string, body: AppointmentBody) =>
    apiRequest<WorkOrderDetail>(`/work-orders/${id}/appointment`, { method: 'PUT', body }),
  /** The technicians ranked for this order: eligible first, the others with their reasons. */
  recommendations: (id: string) =>
    apiRequest<Recommendation[]>(`/work-orders/${id}/recommendations`),
};

export type AppointmentBody = z.input<typeof appointmentBody>;
export type Recommendation = z.infer<typeof recommendationView>;
