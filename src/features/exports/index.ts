export * from './exports.schemas';
export { exportList, type ExportFile } from './export-list';
export { registerExportRoutes } from './exports.routes';
