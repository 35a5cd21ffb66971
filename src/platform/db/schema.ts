/** Every table, for Drizzle's query builder and drizzle-kit. */
export * from '../../features/accounts/accounts.table';
export * from '../../features/audit/audit.table';
export * from '../../features/catalog/catalog.table';
export * from '../../features/customers/customers.table';
export * from '../../features/hotline/hotline-calls.table';
export * from '../../features/technicians/technicians.table';
export * from '../../features/work-orders/work-orders.table';
export * from '../idempotency/idempotency-keys.table';
export * from '../numbering/daily-counters.table';
export * from '../../features/dispatch/dispatch-plans.table';
export * from '../../features/warranty/warranty.table';
export * from '../../features/installed-base/installed-base.table';
export * from '../../features/fees/fees.table';
export * from '../../features/commitments/commitments.table';
export * from '../../features/intake/service-requests.table';
export * from '../public-tokens/public-tokens.table';
export * from '../files/files.table';
