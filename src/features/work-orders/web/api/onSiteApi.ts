import type { z } from 'zod';
import { apiRequest } from '../../../../web/api/apiRequest';
import type {
  approveQuoteBody,
  carDecisionBody,
  CarRequestView,
  declineQuoteBody,
  OnSiteView,
  repairAnywayBody,
  rescheduleBody,
  scheduleBody,
  ServiceSettingsView,
} from '../../on-site.schemas';
import type { WorkOrderDetail } from '../../work-order.schemas';

const step =
  <TBody>(path: string) =>
  (id: string, body: TBody) =>
    apiRequest<WorkOrderDetail>(`/work-orders/${id}/${path}`, { method: 'POST', body });

/** The desk's side of the on-site workflow: what was recorded, and the moves it may make. */
export const onSiteApi = {
  get: (id: string) => apiRequest<OnSiteView>(`/work-orders/${id}/on-site`),
  /** On the customer's behalf: the desk agreed the visit time with them. */
  schedule: step<z.input<typeof scheduleBody>>('schedule'),
  reschedule: step<z.input<typeof rescheduleBody>>('reschedule'),
  approveQuote: step<z.input<typeof approveQuoteBody>>('approve-quote'),
  declineQuote: step<z.input<typeof declineQuoteBody>>('decline-quote'),
  repairAnyway: step<z.input<typeof repairAnywayBody>>('repair-anyway'),
  decideCar: (requestId: string, body: z.input<typeof carDecisionBody>) =>
    apiRequest<CarRequestView>(`/car-requests/${requestId}/decide`, { method: 'POST', body }),
  settings: () => apiRequest<ServiceSettingsView>('/service-settings'),
  saveSettings: (body: ServiceSettingsView) =>
    apiRequest<ServiceSettingsView>('/service-settings', { method: 'PUT', body }),
};
