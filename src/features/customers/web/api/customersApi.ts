import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { CustomerView } from '../../customer.schemas';

export interface CustomerListParams {
  q?: string;
  page: number;
  pageSize: number;
}

export interface CreateCustomerInput {
  name: string;
  phone?: string;
  address?: string;
  lat?: number;
  lng?: number;
  departments: string[];
}

/** Omitted fields stay as they are; `null` clears one. */
export interface UpdateCustomerInput {
  name?: string;
  phone?: string | null;
  address?: string | null;
  lat?: number | null;
  lng?: number | null;
}

export const customersApi = {
  list: (query: CustomerListParams, signal?: AbortSignal) =>
    apiRequest<Page<CustomerView>>('/customers', { query: { ...query }, signal }),
  get: (id: string) => apiRequest<CustomerView>(`/customers/${id}`),
  create: (body: CreateCustomerInput, idempotencyKey: string) =>
    apiRequest<CustomerView>('/customers', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  update: (id: string, body: UpdateCustomerInput) =>
    apiRequest<CustomerView>(`/customers/${id}`, { method: 'PATCH', body }),
  cancel: (id: string, reason: string) =>
    apiRequest<CustomerView>(`/customers/${id}/cancel`, { method: 'POST', body: { reason } }),
  addDepartment: (id: string, body: { name: string; phone?: string }) =>
    apiRequest<CustomerView>(`/customers/${id}/departments`, { method: 'POST', body }),
  addContact: (
    id: string,
    body: { name: string; phone: string; title?: string; departmentId?: string },
  ) => apiRequest<CustomerView>(`/customers/${id}/contacts`, { method: 'POST', body }),
};
