import { useQuery } from '@tanstack/react-query';
import { workOrdersApi } from '../api/workOrdersApi';

export function useWorkOrder(id: string) {
  return useQuery({ queryKey: ['workOrder', id], queryFn: () => workOrdersApi.get(id) });
}
