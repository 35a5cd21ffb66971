import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { SlaKind } from '../../sla-timers.table';
import type { OpenClockItem, OpenClockState, SlaSummary } from '../../sla.schemas';

export interface SlaClockParams {
  kind?: SlaKind;
  state?: OpenClockState;
  page: number;
  pageSize: number;
}

export const slaApi = {
  clocks: (params: SlaClockParams, signal?: AbortSignal) =>
    apiRequest<Page<OpenClockItem>>('/sla/clocks', { query: { ...params }, signal }),
  summary: (signal?: AbortSignal) => apiRequest<SlaSummary>('/sla/summary', { signal }),
};
