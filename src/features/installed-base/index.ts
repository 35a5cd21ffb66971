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
export { getAssetWarranties, getAssetWarranty } from './asset-warranty';
export * from './brand-vendor.schemas';
export * from './product-model.schemas';
export * from './asset.schemas';
export * from './service-contract.schemas';
export { createBrand } from './create-brand';
export { updateBrand } from './update-brand';
export { cancelBrand } from './cancel-brand';
export { listBrands } from './list-brands';
export { createVendor } from './create-vendor';
export { updateVendor } from './update-vendor';
export { cancelVendor } from './cancel-vendor';
export { listVendors } from './list-vendors';
export { createProductModel } from './create-product-model';
export { updateProductModel } from './update-product-model';
export { cancelProductModel } from './cancel-product-model';
export { listProductModels } from './list-product-models';
export { createAsset } from './create-asset';
export { updateAsset } from './update-asset';
export { getAsset } from './get-asset';
export { getAssetHistory } from './get-asset-history';
export { listAssets } from './list-assets';
export { lookupAssets } from './lookup-assets';
export { assetViews } from './asset-view';
export { createServiceContract } from './create-service-contract';
export { updateServiceContract } from './update-service-contract';
export { cancelServiceContract } from './cancel-service-contract';
export { listServiceContracts } from './list-service-contracts';
export { registerInstalledBaseRoutes } from './installed-base.routes';
