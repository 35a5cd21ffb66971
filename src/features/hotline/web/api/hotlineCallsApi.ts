import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { CreateHotlineCallBody, HotlineCallView } from '../../hotline-call.schemas';

export const hotlineCallsApi = {
  create: (body: CreateHotlineCallBody, idempotencyKey: string) =>
    apiRequest<HotlineCallView>('/hotline-calls', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  list: (query: { hasWorkOrder?: 'true' | 'false'; page: number; pageSize: number }) =>
    apiRequest<Page<HotlineCallView>>('/hotline-calls', { query }),
  get: (id: string) => apiRequest<HotlineCallView>(`/hotline-calls/${id}`),
};
