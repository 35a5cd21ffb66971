import { useQuery } from '@tanstack/react-query';
import { lookupsApi } from '../api/lookupsApi';

const FIVE_MINUTES = 5 * 60_000;

export function useVendorOptions() {
  return useQuery({
    queryKey: ['repairReturnLookups', 'vendors'],
    queryFn: () => lookupsApi.vendors(),
    staleTime: FIVE_MINUTES,
  });
}

export function useWarehouseOptions(enabled = true) {
  return useQuery({
    queryKey: ['repairReturnLookups', 'warehouses'],
    queryFn: () => lookupsApi.warehouses(),
    staleTime: FIVE_MINUTES,
    enabled,
  });
}

export function usePartOptions(q: string, enabled = true) {
  return useQuery({
    queryKey: ['repairReturnLookups', 'parts', q],
    queryFn: () => lookupsApi.parts(q),
    staleTime: FIVE_MINUTES,
    enabled,
  });
}

/** Loaner units free to lend now; never cached long, two clerks may lend at once. */
export function useAvailableLoaners(enabled = true) {
  return useQuery({
    queryKey: ['repairReturnLookups', 'loaners'],
    queryFn: () => lookupsApi.availableLoaners(),
    enabled,
  });
}

export function useAssetWarranty(assetId: string | undefined) {
  return useQuery({
    queryKey: ['repairReturnLookups', 'warranty', assetId],
    queryFn: () => lookupsApi.assetWarranty(assetId ?? ''),
    enabled: !!assetId,
  });
}
