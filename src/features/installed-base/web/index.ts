export { AssetDetailPage } from './AssetDetailPage';
export { AssetListPage } from './AssetListPage';
export { BrandListPage } from './BrandListPage';
export { ProductModelListPage } from './ProductModelListPage';
export { ServiceContractListPage } from './ServiceContractListPage';
export { VendorListPage } from './VendorListPage';
export { CustomerDeviceSelect } from './components/CustomerDeviceSelect';
