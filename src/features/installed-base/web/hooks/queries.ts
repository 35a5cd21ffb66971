import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { installedBaseApi } from '../api/installedBaseApi';
import type { AssetListParams, ListParams } from '../api/inputs';

/** Every installed-base query key starts here, so one change refreshes every list and page. */
const ROOT = 'installed-base';

export function useBrands(params: ListParams) {
  return useQuery({
    queryKey: [ROOT, 'brands', params],
    queryFn: ({ signal }) => installedBaseApi.brands.list(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useVendors(params: ListParams) {
  return useQuery({
    queryKey: [ROOT, 'vendors', params],
    queryFn: ({ signal }) => installedBaseApi.vendors.list(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProductModels(params: ListParams & { brandId?: string }) {
  return useQuery({
    queryKey: [ROOT, 'models', params],
    queryFn: ({ signal }) => installedBaseApi.models.list(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAssets(params: AssetListParams, isEnabled = true) {
  return useQuery({
    queryKey: [ROOT, 'assets', params],
    queryFn: ({ signal }) => installedBaseApi.assets.list(params, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function useAsset(id: string) {
  return useQuery({
    queryKey: [ROOT, 'asset', id],
    queryFn: () => installedBaseApi.assets.get(id),
  });
}

export function useAssetHistory(id: string) {
  return useQuery({
    queryKey: [ROOT, 'asset-history', id],
    queryFn: () => installedBaseApi.assets.history(id),
  });
}

export function useServiceContracts(params: ListParams & { customerId?: string }) {
  return useQuery({
    queryKey: [ROOT, 'contracts', params],
    queryFn: ({ signal }) => installedBaseApi.contracts.list(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePolicyOptions() {
  return useQuery({
    queryKey: [ROOT, 'policy-options'],
    queryFn: installedBaseApi.policyOptions,
    staleTime: 60_000,
  });
}

export function useCategoryOptions() {
  return useQuery({
    queryKey: ['product-categories', { includeCancelled: false }],
    queryFn: installedBaseApi.categories,
    staleTime: 60_000,
  });
}

/** Any change refreshes every installed-base query (lists, the asset page, the options). */
export function useInstalledBaseMutation<TArgs, TResult>(run: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [ROOT] }),
  });
}
