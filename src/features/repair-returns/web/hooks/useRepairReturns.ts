import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReturnListParams } from '../api/ReturnListParams';
import { repairReturnsApi } from '../api/repairReturnsApi';
import { repairReturnKey, repairReturnsKey } from './queryKeys';

export function useRepairReturnList(params: ReturnListParams) {
  return useQuery({
    queryKey: [...repairReturnsKey, 'list', params],
    queryFn: ({ signal }) => repairReturnsApi.list(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRepairReturn(id: string) {
  return useQuery({ queryKey: repairReturnKey(id), queryFn: () => repairReturnsApi.get(id) });
}

/** The board also gives the count in every state: the list's status tabs show them. */
export function useReturnsBoard() {
  return useQuery({
    queryKey: [...repairReturnsKey, 'board'],
    queryFn: () => repairReturnsApi.board(),
    refetchInterval: 60_000,
  });
}

export function useVendorPerformance(range: { from?: string; to?: string }) {
  return useQuery({
    queryKey: [...repairReturnsKey, 'vendorPerformance', range],
    queryFn: () => repairReturnsApi.vendorPerformance(range),
    placeholderData: keepPreviousData,
  });
}
