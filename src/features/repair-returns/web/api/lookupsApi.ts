import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { VendorView } from '../../../installed-base/brand-vendor.schemas';
import type {
  CatalogPartView,
  LoanerView,
  WarehouseView,
} from '../../../inventory/inventory.schemas';
import type { WarrantyStatusView } from '../../../warranty/warranty.schemas';

/** A short reference list, answered as a plain array or as one page of it. */
async function all<T>(path: string, query: Record<string, string | number>): Promise<T[]> {
  const answer = await apiRequest<T[] | Page<T>>(path, { query });
  return Array.isArray(answer) ? answer : answer.items;
}

/** What the returns dialogs pick from: vendors, warehouses, parts, loaner units, warranty. */
export const lookupsApi = {
  vendors: () => all<VendorView>('/vendors', { page: 1, pageSize: 100 }),
  warehouses: () => all<WarehouseView>('/warehouses', { page: 1, pageSize: 100 }),
  parts: (q: string) => all<CatalogPartView>('/parts', { q, page: 1, pageSize: 50 }),
  availableLoaners: () =>
    all<LoanerView>('/loaners', { status: 'available', page: 1, pageSize: 100 }),
  assetWarranty: (assetId: string) => apiRequest<WarrantyStatusView>(`/assets/${assetId}/warranty`),
};
