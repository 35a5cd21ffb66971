export {
  ASSET_STATUSES,
  assets,
  brands,
  productModels,
  serviceContractAssets,
  serviceContracts,
  vendorContacts,
  vendors,
  type AssetStatus,
} from './installed-base.table';
export { getAssetWarranty } from './asset-warranty';
