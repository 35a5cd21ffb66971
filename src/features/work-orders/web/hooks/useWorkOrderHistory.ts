import { useQuery } from '@tanstack/react-query';
import { workOrdersApi } from '../api/workOrdersApi';

export function useWorkOrderHistory(id: string) {
  return useQuery({
    queryKey: ['workOrder', id, 'history'],
    queryFn: () => workOrdersApi.history(id),
  });
}
