import { apiRequest } from '../../../../web/api/apiRequest';
import type {
  FeeStandardSummary,
  FeeStandardView,
  QuoteView,
  UpdateFeeStandardBody,
} from '../../fees.schemas';
import type { Coverage } from '../../../warranty/warranty.rules';

/** What the calculator sends: an asset (its warranty applies) or the coverage chosen by hand. */
export interface QuoteRequest {
  assetId?: string;
  coverage?: Coverage;
  categoryId: string;
  level: 1 | 2 | 3;
  travel: { zone: string } | { distanceKm: number } | null;
  parts: { name: string; unitPriceCents: number; quantity: number }[];
  inspection: boolean;
}

/** The few fields of an asset the calculator shows when picking one by serial. */
export interface AssetChoice {
  id: string;
  serialNumber: string;
  model: { name: string; brandName: string };
  customer: { name: string };
}

export const feesApi = {
  list: () => apiRequest<FeeStandardSummary[]>('/fee-standards'),
  get: (id: string) => apiRequest<FeeStandardView>(`/fee-standards/${id}`),
  createDraft: (idempotencyKey: string) =>
    apiRequest<FeeStandardView>('/fee-standards', {
      method: 'POST',
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  update: (id: string, body: UpdateFeeStandardBody) =>
    apiRequest<FeeStandardView>(`/fee-standards/${id}`, { method: 'PATCH', body }),
  publish: (id: string, effectiveFrom: string) =>
    apiRequest<FeeStandardView>(`/fee-standards/${id}/publish`, {
      method: 'POST',
      body: { effectiveFrom },
    }),
  previewQuote: (body: QuoteRequest) =>
    apiRequest<QuoteView>('/quotes/preview', { method: 'POST', body }),
  createQuote: (body: QuoteRequest, idempotencyKey: string) =>
    apiRequest<QuoteView>('/quotes', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  lookupAssets: (serial: string) =>
    apiRequest<AssetChoice[]>('/assets/lookup', { query: { serial } }),
  /** The service commitments name the zones; only their codes and names are read here. */
  commitments: () =>
    apiRequest<{ content: { zones: { code: string; name: string }[] } }>('/commitments'),
};
