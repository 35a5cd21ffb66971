export * from './import.schemas';
export { ASSET_COLUMNS, type AssetColumn } from './asset-columns';
export { CUSTOMER_COLUMNS, type CustomerColumn } from './customer-columns';
export { buildImportTemplate } from './build-import-template';
export { importAssets } from './import-assets';
export { importCustomers } from './import-customers';
export { readImportFile, MAX_IMPORT_ROWS } from './read-import-file';
export { registerImportRoutes } from './imports.routes';
