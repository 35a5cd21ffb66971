import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { hotlineCallsApi } from '../api/hotlineCallsApi';

/** Today's calls still waiting for a work order. The API has no date filter, so the newest 100 are filtered here. */
export function usePendingCallsToday() {
  return useQuery({
    queryKey: ['hotlineCalls', { hasWorkOrder: 'false' }],
    queryFn: () => hotlineCallsApi.list({ hasWorkOrder: 'false', page: 1, pageSize: 100 }),
    select: (page) => page.items.filter((call) => dayjs(call.receivedAt).isSame(dayjs(), 'day')),
    refetchInterval: 60_000,
  });
}
