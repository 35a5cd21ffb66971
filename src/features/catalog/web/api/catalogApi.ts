import { apiRequest } from '../../../../web/api/apiRequest';
import type { CategoryView } from '../../catalog.schemas';

export interface CategoryInput {
  code: string;
  name: string;
  defaultMinutes: number;
  requiresCertificate: boolean;
}

export const catalogApi = {
  list: (includeCancelled: boolean) =>
    apiRequest<CategoryView[]>('/product-categories', {
      query: { includeCancelled: String(includeCancelled) },
    }),
  create: (body: CategoryInput, idempotencyKey: string) =>
    apiRequest<CategoryView>('/product-categories', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  update: (id: string, body: Partial<CategoryInput>) =>
    apiRequest<CategoryView>(`/product-categories/${id}`, { method: 'PATCH', body }),
  cancel: (id: string, reason: string) =>
    apiRequest<CategoryView>(`/product-categories/${id}/cancel`, {
      method: 'POST',
      body: { reason },
    }),
};
