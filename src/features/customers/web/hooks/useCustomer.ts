import { useQuery } from '@tanstack/react-query';
import { customersApi } from '../api/customersApi';

export function useCustomer(id: string | undefined) {
  return useQuery({
    queryKey: ['customer', id],
    queryFn: () => customersApi.get(id ?? ''),
    enabled: Boolean(id),
  });
}
