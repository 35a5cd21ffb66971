import { useQuery } from '@tanstack/react-query';
import { slaApi } from '../api/slaApi';
import { SLA_REFRESH_MS, slaKey } from './useSlaClocks';

export function useSlaSummary() {
  return useQuery({
    queryKey: [...slaKey, 'summary'],
    queryFn: ({ signal }) => slaApi.summary(signal),
    refetchInterval: SLA_REFRESH_MS,
  });
}
