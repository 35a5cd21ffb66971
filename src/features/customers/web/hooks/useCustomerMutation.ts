import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomerView } from '../../customer.schemas';

/** Every customer change answers with the whole customer: put it in the cache, refresh the lists. */
export function useCustomerMutation<TArgs>(run: (args: TArgs) => Promise<CustomerView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (customer) => {
      queryClient.setQueryData(['customer', customer.id], customer);
      void queryClient.invalidateQueries({ queryKey: ['customers'] });
    },
  });
}
