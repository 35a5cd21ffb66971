import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { WorkOrderDetail } from '../../../work-orders/work-order.schemas';
import { technicianApi } from '../api/technicianApi';

/** The same cache keys as the order pages, so a step sent here refreshes them too. */
export const jobKey = (id: string) => ['workOrder', id] as const;
export const onSiteKey = (id: string) => ['workOrder', id, 'onSite'] as const;

export function useMyOpenJobs() {
  return useQuery({
    queryKey: ['workOrders', 'phone', 'open'],
    queryFn: ({ signal }) => technicianApi.myOpenJobs(signal),
    placeholderData: keepPreviousData,
  });
}

export function useJob(id: string) {
  return useQuery({ queryKey: jobKey(id), queryFn: () => technicianApi.job(id) });
}

/**
 * Job details (address, agreed window) for the list, and the on-site records of today's jobs,
 * fetched up front: the cards show them, and the job pages then open from the cache in a
 * basement without signal.
 */
export function useJobDetails(
  detailIds: readonly string[],
  onSiteIds: readonly string[],
): ReadonlyMap<string, WorkOrderDetail> {
  return useQueries({
    queries: [
      ...detailIds.map((id) => ({
        queryKey: jobKey(id),
        queryFn: () => technicianApi.job(id),
        staleTime: 60_000,
      })),
      ...onSiteIds.map((id) => ({
        queryKey: onSiteKey(id),
        queryFn: () => technicianApi.onSite(id),
        staleTime: 60_000,
      })),
    ],
    combine: (results) =>
      new Map(
        detailIds.flatMap((id, i) => {
          const detail = results[i]?.data as WorkOrderDetail | undefined;
          return detail ? [[id, detail] as const] : [];
        }),
      ),
  });
}

/** The on-site records, polled while a company-car request waits for the dispatcher. */
export function useOnSite(id: string, pollWhile = false) {
  return useQuery({
    queryKey: onSiteKey(id),
    queryFn: () => technicianApi.onSite(id),
    refetchInterval: pollWhile ? 15_000 : false,
  });
}
