import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WarrantyPolicyView } from '../../warranty.schemas';
import { warrantyApi } from '../api/warrantyApi';

/** The tenant's warranty policies; live ones unless `includeCancelled`. */
export function useWarrantyPolicies(includeCancelled = false) {
  return useQuery({
    queryKey: ['warranty-policies', { includeCancelled }],
    queryFn: () => warrantyApi.list(includeCancelled),
    staleTime: 60_000,
  });
}

/** Any policy change refreshes every policy list, and the warranty shown on assets. */
export function useWarrantyPolicyMutation<TArgs>(
  run: (args: TArgs) => Promise<WarrantyPolicyView>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['warranty-policies'] });
      void queryClient.invalidateQueries({ queryKey: ['assets'] });
    },
  });
}
