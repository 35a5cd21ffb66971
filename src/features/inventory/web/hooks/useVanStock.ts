import type { UseQueryResult } from '@tanstack/react-query';
import type { StockRow, WarehouseView } from '../../inventory.schemas';
import { useMyVan, useStock, useWarehouses } from './queries';

export interface VanStock {
  /** The van, null when the technician has none, undefined while not known. */
  van: WarehouseView | null | undefined;
  /** Parts on board (quantity above zero). */
  rows: StockRow[];
  /** Being fetched right now; the form waits rather than change under the user's fingers. */
  isLoading: boolean;
  /** Not to be had: offline with nothing cached (the query is paused), or a server error. */
  isUnavailable: boolean;
}

const isFetching = (q: UseQueryResult) => q.isPending && q.fetchStatus === 'fetching';
const isMissing = (q: UseQueryResult) =>
  q.data === undefined && (q.isError || q.fetchStatus === 'paused');

/** A van's stock, one page of up to 100 parts: what a technician carries. */
function useStockOf(vanQuery: UseQueryResult, van: WarehouseView | null | undefined): VanStock {
  const stock = useStock({ warehouseId: van?.id, page: 1, pageSize: 100 }, Boolean(van));
  return {
    van,
    rows: (stock.data?.items ?? []).filter((row) => row.quantity > 0),
    isLoading: isFetching(vanQuery) || (Boolean(van) && isFetching(stock)),
    isUnavailable: isMissing(vanQuery) || (Boolean(van) && isMissing(stock)),
  };
}

/** The signed-in technician's own van (the phone). */
export function useMyVanStock(): VanStock {
  const van = useMyVan();
  return useStockOf(van, van.data);
}

/** The van of the order's technician (the desk picks parts out of it on their behalf). */
export function useTechnicianVanStock(technicianId: string | undefined): VanStock {
  const warehouses = useWarehouses();
  const van = !technicianId
    ? null
    : warehouses.data
      ? (warehouses.data.find(
          (w) => w.kind === 'van' && !w.cancelled && w.technician?.id === technicianId,
        ) ?? null)
      : undefined;
  return useStockOf(warehouses, van);
}
