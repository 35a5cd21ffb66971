import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { TechnicianView } from '../../../accounts/account.schemas';
import type { QuoteBody, QuoteView } from '../../../fees/fees.schemas';
import type { OnSiteView } from '../../../work-orders/on-site.schemas';
import type { WorkOrderDetail, WorkOrderListItem } from '../../../work-orders/work-order.schemas';
import { OPEN_FOR_TECHNICIAN } from '../jobs/jobLists';

/** The quote as the phone sends it (defaults filled in by the form). */
export type QuoteRequest = Omit<QuoteBody, 'travel' | 'parts' | 'inspection'> &
  Partial<Pick<QuoteBody, 'travel' | 'parts' | 'inspection'>>;

/** The reads of the phone screens; every write goes through the outbox (steps) or a quote. */
export const technicianApi = {
  /** All of the technician's open jobs in the day plan's order; the page splits off today's. */
  myOpenJobs: (signal?: AbortSignal) =>
    apiRequest<Page<WorkOrderListItem>>('/work-orders', {
      query: {
        mine: 'true',
        status: OPEN_FOR_TECHNICIAN.join(','),
        sort: 'plannedStart',
        order: 'asc',
        pageSize: 100,
      },
      signal,
    }),
  job: (id: string) => apiRequest<WorkOrderDetail>(`/work-orders/${id}`),
  onSite: (id: string) => apiRequest<OnSiteView>(`/work-orders/${id}/on-site`),
  previewQuote: (body: QuoteRequest) =>
    apiRequest<QuoteView>('/quotes/preview', { method: 'POST', body }),
  createQuote: (body: QuoteRequest, idempotencyKey: string) =>
    apiRequest<QuoteView>('/quotes', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  /** Active colleagues this job can be handed over to. */
  handOverCandidates: (jobId: string) =>
    apiRequest<TechnicianView[]>(`/work-orders/${jobId}/hand-over-candidates`),
  /** The service zones the fee standard prices travel by. */
  zones: () => apiRequest<{ content: { zones: { code: string; name: string }[] } }>('/commitments'),
};
