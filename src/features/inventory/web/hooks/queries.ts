import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../../web/api/ApiError';
import {
  inventoryApi,
  type LoanersQuery,
  type MovementsQuery,
  type PartsQuery,
  type StockCountsQuery,
  type StockQuery,
} from '../api/inventoryApi';

/** Every inventory query key starts here, so one movement refreshes stock, ledger and counts. */
export const INVENTORY = 'inventory';

export function useParts(q: PartsQuery, isEnabled = true) {
  return useQuery({
    queryKey: [INVENTORY, 'parts', q],
    queryFn: ({ signal }) => inventoryApi.parts.list(q, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

/** One catalogue part (its price, to fill in a work order's part line). */
export function usePart(id: string | undefined) {
  return useQuery({
    queryKey: [INVENTORY, 'part', id],
    queryFn: () => inventoryApi.parts.get(id!),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useWarehouses(includeCancelled = false) {
  return useQuery({
    queryKey: [INVENTORY, 'warehouses', { includeCancelled }],
    queryFn: ({ signal }) => inventoryApi.warehouses.list(includeCancelled, signal),
    staleTime: 60_000,
  });
}

/** The signed-in technician's van, or null when they have none (404). */
export function useMyVan(isEnabled = true) {
  return useQuery({
    queryKey: [INVENTORY, 'my-van'],
    queryFn: async () => {
      try {
        return await inventoryApi.warehouses.mine();
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: isEnabled,
    staleTime: 5 * 60_000,
  });
}

export function useStock(q: StockQuery, isEnabled = true) {
  return useQuery({
    queryKey: [INVENTORY, 'stock', q],
    queryFn: ({ signal }) => inventoryApi.stock.list(q, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function useMovements(q: MovementsQuery) {
  return useQuery({
    queryKey: [INVENTORY, 'movements', q],
    queryFn: ({ signal }) => inventoryApi.stock.movements(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStockCounts(q: StockCountsQuery) {
  return useQuery({
    queryKey: [INVENTORY, 'counts', q],
    queryFn: ({ signal }) => inventoryApi.counts.list(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStockCount(id: string) {
  return useQuery({
    queryKey: [INVENTORY, 'count', id],
    queryFn: () => inventoryApi.counts.get(id),
  });
}

export function useLoaners(q: LoanersQuery) {
  return useQuery({
    queryKey: [INVENTORY, 'loaners', q],
    queryFn: ({ signal }) => inventoryApi.loaners.list(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLoans(open: boolean | undefined) {
  return useQuery({
    queryKey: [INVENTORY, 'loans', { open }],
    queryFn: ({ signal }) => inventoryApi.loaners.loans(open, signal),
  });
}

/** Any change refreshes every inventory query (stock, the ledger, counts, loaners). */
export function useInventoryMutation<TArgs, TResult>(run: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [INVENTORY] }),
  });
}
