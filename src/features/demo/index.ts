export { DEMO_COMPANY, DEMO_PASSWORD } from './demo-data';
export { type DemoSummary, isDatabaseEmpty, seedDemo } from './seed-demo';
export { addBulkWorkOrders, type BulkOptions, type BulkResult } from './bulk-work-orders';
export { findDemoTenant } from './find-demo-tenant';
