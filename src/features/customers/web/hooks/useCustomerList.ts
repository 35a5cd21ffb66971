import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { customersApi, type CustomerListParams } from '../api/customersApi';

export function useCustomerList(params: CustomerListParams, isEnabled = true) {
  return useQuery({
    queryKey: ['customers', params],
    queryFn: ({ signal }) => customersApi.list(params, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}
