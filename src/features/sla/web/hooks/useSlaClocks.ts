import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type SlaClockParams, slaApi } from '../api/slaApi';

/** How often the monitor reads the clocks again: remaining times move every minute. */
export const SLA_REFRESH_MS = 60_000;
export const slaKey = ['sla'] as const;

/** One page of open clocks; the previous page stays on screen while the next loads. */
export function useSlaClocks(params: SlaClockParams) {
  return useQuery({
    queryKey: [...slaKey, 'clocks', params],
    queryFn: ({ signal }) => slaApi.clocks(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: SLA_REFRESH_MS,
  });
}
