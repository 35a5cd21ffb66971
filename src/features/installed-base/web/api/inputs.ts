import type { AssetView } from '../../asset.schemas';

export type AssetStatus = AssetView['status'];

/** What the list screens send: search text, paging, and whether to show cancelled records. */
export interface ListParams {
  q?: string;
  page: number;
  pageSize: number;
  includeCancelled?: boolean;
}

export interface AssetListParams {
  q?: string;
  customerId?: string;
  departmentId?: string;
  modelId?: string;
  status?: AssetStatus;
  page: number;
  pageSize: number;
}

export interface BrandInput {
  name: string;
}

export interface VendorContactInput {
  id?: string;
  name: string;
  phone?: string | null;
  email?: string | null;
  title?: string | null;
}

export interface VendorInput {
  name: string;
  kind: 'manufacturer' | 'dealer';
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  note?: string | null;
  contacts: VendorContactInput[];
}

export interface ProductModelInput {
  code: string;
  name: string;
  categoryId: string;
  brandId: string;
  vendorId?: string | null;
  warrantyPolicyId?: string | null;
  listPriceCents?: number | null;
}

export interface AssetInput {
  serialNumber: string;
  modelId: string;
  customerId: string;
  departmentId?: string | null;
  location?: string | null;
  purchasedOn?: string | null;
  installedOn?: string | null;
  warrantyPolicyId?: string | null;
  purchasePriceCents?: number | null;
  lat?: number | null;
  lng?: number | null;
  status: AssetStatus;
  note?: string | null;
}

export interface ContractInput {
  number: string;
  customerId: string;
  startsOn: string;
  endsOn: string;
  coversParts: boolean;
  coversLabour: boolean;
  coversTravel: boolean;
  note?: string | null;
  assetIds: string[];
}
