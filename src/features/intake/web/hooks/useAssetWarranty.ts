import { useQuery } from '@tanstack/react-query';
import { intakeApi } from '../api/intakeApi';

/** Today's warranty status of a device, once it is known. */
export function useAssetWarranty(assetId: string | undefined) {
  return useQuery({
    queryKey: ['assetWarranty', assetId],
    queryFn: () => intakeApi.assetWarranty(assetId!),
    enabled: Boolean(assetId),
  });
}
