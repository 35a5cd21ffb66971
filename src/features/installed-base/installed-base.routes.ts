import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { registerAssetRoutes } from './asset.routes';
import { registerBrandVendorRoutes } from './brand-vendor.routes';
import { registerProductModelRoutes } from './product-model.routes';
import { registerServiceContractRoutes } from './service-contract.routes';

/** Brands, vendors, models, assets and service contracts: read with assets.read, change with assets.manage. */
export function registerInstalledBaseRoutes(app: App, deps: { db: Db }): void {
  registerBrandVendorRoutes(app, deps);
  registerProductModelRoutes(app, deps);
  registerAssetRoutes(app, deps);
  registerServiceContractRoutes(app, deps);
}
