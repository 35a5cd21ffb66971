import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { CategoryView } from '../../../catalog/catalog.schemas';
import type { AssetDetail, AssetHistory, AssetView } from '../../asset.schemas';
import type { BrandView, VendorView } from '../../brand-vendor.schemas';
import type { ProductModelView } from '../../product-model.schemas';
import type { ServiceContractView } from '../../service-contract.schemas';
import type {
  AssetInput,
  AssetListParams,
  BrandInput,
  ContractInput,
  ListParams,
  ProductModelInput,
  VendorInput,
} from './inputs';

const post = <T>(path: string, body: unknown, idempotencyKey: string) =>
  apiRequest<T>(path, { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
const patch = <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body });
const cancel = <T>(path: string, reason: string) =>
  apiRequest<T>(`${path}/cancel`, { method: 'POST', body: { reason } });
const list = <T>(path: string, params: object, signal?: AbortSignal) =>
  apiRequest<Page<T>>(path, { query: { ...params }, signal });

/** One client for the installed base: brands, vendors, models, assets and service contracts. */
export const installedBaseApi = {
  brands: {
    list: (p: ListParams, signal?: AbortSignal) => list<BrandView>('/brands', p, signal),
    create: (body: BrandInput, key: string) => post<BrandView>('/brands', body, key),
    update: (id: string, body: BrandInput) => patch<BrandView>(`/brands/${id}`, body),
    cancel: (id: string, reason: string) => cancel<BrandView>(`/brands/${id}`, reason),
  },
  vendors: {
    list: (p: ListParams, signal?: AbortSignal) => list<VendorView>('/vendors', p, signal),
    create: (body: VendorInput, key: string) => post<VendorView>('/vendors', body, key),
    update: (id: string, body: VendorInput) => patch<VendorView>(`/vendors/${id}`, body),
    cancel: (id: string, reason: string) => cancel<VendorView>(`/vendors/${id}`, reason),
  },
  models: {
    list: (p: ListParams & { brandId?: string }, signal?: AbortSignal) =>
      list<ProductModelView>('/product-models', p, signal),
    create: (body: ProductModelInput, key: string) =>
      post<ProductModelView>('/product-models', body, key),
    update: (id: string, body: ProductModelInput) =>
      patch<ProductModelView>(`/product-models/${id}`, body),
    cancel: (id: string, reason: string) =>
      cancel<ProductModelView>(`/product-models/${id}`, reason),
  },
  assets: {
    list: (p: AssetListParams, signal?: AbortSignal) => list<AssetView>('/assets', p, signal),
    get: (id: string) => apiRequest<AssetDetail>(`/assets/${id}`),
    history: (id: string) => apiRequest<AssetHistory>(`/assets/${id}/history`),
    create: (body: AssetInput, key: string) => post<AssetView>('/assets', body, key),
    update: (id: string, body: AssetInput & { version: number }) =>
      patch<AssetView>(`/assets/${id}`, body),
  },
  contracts: {
    list: (p: ListParams & { customerId?: string }, signal?: AbortSignal) =>
      list<ServiceContractView>('/service-contracts', p, signal),
    create: (body: ContractInput, key: string) =>
      post<ServiceContractView>('/service-contracts', body, key),
    update: (id: string, body: ContractInput) =>
      patch<ServiceContractView>(`/service-contracts/${id}`, body),
    cancel: (id: string, reason: string) =>
      cancel<ServiceContractView>(`/service-contracts/${id}`, reason),
  },
  /** Live policies to pick on a model or a device; the warranty area manages them. */
  policyOptions: () => apiRequest<{ id: string; name: string }[]>('/warranty-policies'),
  categories: () =>
    apiRequest<CategoryView[]>('/product-categories', { query: { includeCancelled: 'false' } }),
};
