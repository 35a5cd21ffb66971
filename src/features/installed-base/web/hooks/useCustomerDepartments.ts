import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { CustomerView } from '../../../customers/customer.schemas';

/** One customer's departments (科室), to choose the unit's department. */
export function useCustomerDepartments(customerId: string | null | undefined) {
  return useQuery({
    queryKey: ['customer', customerId],
    queryFn: () => apiRequest<CustomerView>(`/customers/${customerId}`),
    enabled: Boolean(customerId),
    select: (customer) => customer.departments,
  });
}
