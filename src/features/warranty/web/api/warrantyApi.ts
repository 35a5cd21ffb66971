import { apiRequest } from '../../../../web/api/apiRequest';
import type { Coverage } from '../../warranty.rules';
import type { WarrantyPolicyView } from '../../warranty.schemas';

export interface WarrantyPolicyInput {
  name: string;
  replacementDays: number;
  repairMonths: number;
  replacementCovers: Coverage;
  repairCovers: Coverage;
  note: string | null;
}

export const warrantyApi = {
  list: (includeCancelled: boolean) =>
    apiRequest<WarrantyPolicyView[]>('/warranty-policies', {
      query: { includeCancelled: String(includeCancelled) },
    }),
  create: (body: WarrantyPolicyInput, idempotencyKey: string) =>
    apiRequest<WarrantyPolicyView>('/warranty-policies', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  update: (id: string, body: Partial<WarrantyPolicyInput>) =>
    apiRequest<WarrantyPolicyView>(`/warranty-policies/${id}`, { method: 'PATCH', body }),
  cancel: (id: string, reason: string) =>
    apiRequest<WarrantyPolicyView>(`/warranty-policies/${id}/cancel`, {
      method: 'POST',
      body: { reason },
    }),
};
