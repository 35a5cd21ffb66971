import { useQuery } from '@tanstack/react-query';
import { publicReportApi } from '../api/publicReportApi';

export const TRACKING_REFRESH_MS = 30_000;

/** A report's progress, refreshed every 30 s while the page is open. */
export function usePublicTracking(token: string) {
  return useQuery({
    queryKey: ['public-tracking', token],
    queryFn: () => publicReportApi.tracking(token),
    refetchInterval: (query) => (query.state.error ? false : TRACKING_REFRESH_MS),
    refetchOnWindowFocus: true,
  });
}
