import { useQuery } from '@tanstack/react-query';
import { publicReportApi } from '../api/publicReportApi';

/** The device behind a QR label; a wrong token is a 404 that no retry will change. */
export function usePublicDevice(token: string) {
  return useQuery({
    queryKey: ['public-device', token],
    queryFn: () => publicReportApi.device(token),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
}
