import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WorkOrderListParams } from '../api/WorkOrderListParams';
import { workOrdersApi } from '../api/workOrdersApi';

export function useWorkOrderList(params: WorkOrderListParams) {
  return useQuery({
    queryKey: ['workOrders', params],
    queryFn: ({ signal }) => workOrdersApi.list(params, signal),
    placeholderData: keepPreviousData,
  });
}
