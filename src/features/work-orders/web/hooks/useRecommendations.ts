import { useQuery } from '@tanstack/react-query';
import { workOrdersApi } from '../api/workOrdersApi';

/** Asked only while the assign modal is open: the ranking depends on the board of the moment. */
export function useRecommendations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['workOrder', id, 'recommendations'],
    queryFn: () => workOrdersApi.recommendations(id),
    enabled,
    staleTime: 0,
  });
}
