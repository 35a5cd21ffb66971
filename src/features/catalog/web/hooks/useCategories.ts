import { useQuery } from '@tanstack/react-query';
import { catalogApi } from '../api/catalogApi';

/** The tenant's product categories; live ones unless `includeCancelled`. */
export function useCategories(includeCancelled = false) {
  return useQuery({
    queryKey: ['product-categories', { includeCancelled }],
    queryFn: () => catalogApi.list(includeCancelled),
    staleTime: 60_000,
  });
}
