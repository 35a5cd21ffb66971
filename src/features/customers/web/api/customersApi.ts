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
  departments: string[];
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
  addDepartment: (id: string, body: { name: string; phone?: string }) =>
    apiRequest<CustomerView>(`/customers/${id}/departments`, { method: 'POST', body }),
  addContact: (
    id: string,
    body: { name: string; phone: string; title?: string; departmentId?: string },
  ) => apiRequest<CustomerView>(`/customers/${id}/contacts`, { method: 'POST', body }),
};
