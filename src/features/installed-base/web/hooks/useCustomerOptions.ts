import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { CustomerView } from '../../../customers/customer.schemas';

/** Customers matching a search, for the asset and contract forms and the asset filters. */
export function useCustomerOptions(q: string | undefined) {
  return useQuery({
    queryKey: ['customers', { q, page: 1, pageSize: 20 }],
    queryFn: ({ signal }) =>
      apiRequest<Page<CustomerView>>('/customers', { query: { q, page: 1, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One customer's departments (科室), to choose the unit's department. */
export function useCustomerDepartments(customerId: string | null | undefined) {
  return useQuery({
    queryKey: ['customer', customerId],
    queryFn: () => apiRequest<CustomerView>(`/customers/${customerId}`),
    enabled: Boolean(customerId),
    select: (customer) => customer.departments,
  });
}
