import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CategoryView } from '../../catalog.schemas';

/** Any category change refreshes every category list (and the profiles naming them). */
export function useCategoryMutation<TArgs>(run: (args: TArgs) => Promise<CategoryView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['product-categories'] });
      void queryClient.invalidateQueries({ queryKey: ['technician-profiles'] });
    },
  });
}
