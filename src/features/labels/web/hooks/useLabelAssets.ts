import { useQuery } from '@tanstack/react-query';
import { labelsApi } from '../api/labelsApi';

/** The devices a sheet for the customer (or one department) would print. */
export function useLabelAssets(customerId: string | undefined, departmentId: string | undefined) {
  return useQuery({
    queryKey: ['label-assets', customerId, departmentId],
    queryFn: () => labelsApi.assets(customerId ?? '', departmentId),
    enabled: Boolean(customerId),
  });
}
