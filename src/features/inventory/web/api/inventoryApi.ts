import type { z } from 'zod';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type {
  adjustBody,
  CatalogPartView,
  lendBody,
  listLoanersQuery,
  listMovementsQuery,
  listPartsQuery,
  listStockCountsQuery,
  listStockQuery,
  LoanerBody,
  LoanerView,
  LoanView,
  MovementView,
  PartBody,
  receiveBody,
  reorderLevelBody,
  stockCountListItem,
  StockCountView,
  StockRow,
  transferBody,
  WarehouseBody,
  WarehouseView,
} from '../../inventory.schemas';
import type { partBody } from '../../../work-orders/on-site.schemas';

/** Query parameters as the screens hold them: every filter optional, paging given. */
type Query<T extends z.ZodType> = Partial<z.input<T>>;
export type PartsQuery = Query<typeof listPartsQuery>;
export type StockQuery = Query<typeof listStockQuery>;
export type MovementsQuery = Query<typeof listMovementsQuery>;
export type StockCountsQuery = Query<typeof listStockCountsQuery>;
export type LoanersQuery = Query<typeof listLoanersQuery>;
export type StockCountListItem = z.infer<typeof stockCountListItem>;
export type ReceiveInput = z.input<typeof receiveBody>;
export type TransferInput = z.input<typeof transferBody>;
export type AdjustInput = z.input<typeof adjustBody>;
export type ReorderLevelInput = z.input<typeof reorderLevelBody>;
export type LendInput = z.input<typeof lendBody>;

const post = <T>(path: string, body: unknown, idempotencyKey?: string) =>
  apiRequest<T>(path, {
    method: 'POST',
    body,
    headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined,
  });
const put = <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body });
const page = <T>(path: string, query: object, signal?: AbortSignal) =>
  apiRequest<Page<T>>(path, { query: { ...query }, signal });
/** A short reference list, answered as a plain array or as one page of it. */
const all = async <T>(path: string, query: object, signal?: AbortSignal): Promise<T[]> => {
  const answer = await apiRequest<T[] | Page<T>>(path, { query: { ...query }, signal });
  return Array.isArray(answer) ? answer : answer.items;
};

/** The spare-parts API (备品备件): parts, warehouses, stock, movements, counts, loaners. */
export const inventoryApi = {
  parts: {
    list: (q: PartsQuery, signal?: AbortSignal) => page<CatalogPartView>('/parts', q, signal),
    get: (id: string) => apiRequest<CatalogPartView>(`/parts/${id}`),
    create: (body: PartBody, key: string) => post<CatalogPartView>('/parts', body, key),
    update: (id: string, body: PartBody & { version: number }) =>
      put<CatalogPartView>(`/parts/${id}`, body),
    cancel: (part: CatalogPartView, reason: string) =>
      post<CatalogPartView>(`/parts/${part.id}/cancel`, { version: part.version, reason }),
  },
  warehouses: {
    list: (includeCancelled: boolean, signal?: AbortSignal) =>
      all<WarehouseView>('/warehouses', { includeCancelled, pageSize: 100 }, signal),
    /** The signed-in technician's van; 404 when they have none. */
    mine: () => apiRequest<WarehouseView>('/warehouses/mine'),
    create: (body: WarehouseBody, key: string) => post<WarehouseView>('/warehouses', body, key),
    update: (id: string, body: WarehouseBody) => put<WarehouseView>(`/warehouses/${id}`, body),
    cancel: (id: string, reason: string) =>
      post<WarehouseView>(`/warehouses/${id}/cancel`, { reason }),
  },
  stock: {
    list: (q: StockQuery, signal?: AbortSignal) => page<StockRow>('/stock', q, signal),
    movements: (q: MovementsQuery, signal?: AbortSignal) =>
      page<MovementView>('/stock/movements', q, signal),
    receive: (body: ReceiveInput, key: string) => post<unknown>('/stock/receive', body, key),
    transfer: (body: TransferInput, key: string) => post<unknown>('/stock/transfer', body, key),
    adjust: (body: AdjustInput, key: string) => post<unknown>('/stock/adjust', body, key),
    reorderLevel: (body: ReorderLevelInput) => put<unknown>('/stock/reorder-level', body),
  },
  counts: {
    list: (q: StockCountsQuery, signal?: AbortSignal) =>
      page<StockCountListItem>('/stock-counts', q, signal),
    get: (id: string) => apiRequest<StockCountView>(`/stock-counts/${id}`),
    create: (body: { warehouseId: string; note?: string }, key: string) =>
      post<StockCountView>('/stock-counts', body, key),
    saveLines: (
      id: string,
      body: { version: number; lines: { partId: string; countedQuantity: number }[] },
    ) => put<StockCountView>(`/stock-counts/${id}/lines`, body),
    post: (id: string, version: number) =>
      post<StockCountView>(`/stock-counts/${id}/post`, { version }),
    cancel: (id: string, version: number) =>
      post<StockCountView>(`/stock-counts/${id}/cancel`, { version }),
  },
  /** Parts used on a work order; with a partId they leave (and come back into) the van. */
  workOrderParts: {
    add: (workOrderId: string, body: z.input<typeof partBody>, key: string) =>
      post<unknown>(`/work-orders/${workOrderId}/parts`, body, key),
    remove: (workOrderId: string, partId: string, key: string) =>
      apiRequest<unknown>(`/work-orders/${workOrderId}/parts/${partId}`, {
        method: 'DELETE',
        headers: { 'Idempotency-Key': key },
      }),
  },
  loaners: {
    list: (q: LoanersQuery, signal?: AbortSignal) => page<LoanerView>('/loaners', q, signal),
    create: (body: LoanerBody, key: string) => post<LoanerView>('/loaners', body, key),
    lend: (loaner: LoanerView, body: LendInput, key: string) =>
      post<LoanerView>(`/loaners/${loaner.id}/lend`, { ...body, version: loaner.version }, key),
    takeBack: (loaner: LoanerView, conditionBack: string) =>
      post<LoanerView>(`/loaners/${loaner.id}/return`, {
        conditionBack,
        version: loaner.version,
      }),
    retire: (loaner: LoanerView, reason: string) =>
      post<LoanerView>(`/loaners/${loaner.id}/retire`, { reason, version: loaner.version }),
    loans: (open: boolean | undefined, signal?: AbortSignal) =>
      all<LoanView>('/loans', { open, pageSize: 100 }, signal),
  },
};
