import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navItems';

describe('navItemsFor', () => {
  it('shows a technician their own orders, walk-in intake and reference data, not the queue', () => {
    expect(navItemsFor(['technician']).map((item) => item.key)).toEqual([
      'walkIn',
      'myWorkOrders',
      'repairReturns',
      'stock',
      'parts',
      'stockMovements',
      'customers',
      'assets',
      'vendors',
      'warrantyPolicies',
      'feeStandards',
    ]);
  });
  it('shows a dispatcher intake, orders, customers and technicians but not users', () => {
    expect(navItemsFor(['dispatcher']).map((item) => item.key)).toEqual([
      'hotline',
      'intake',
      'walkIn',
      'workOrders',
      'dispatch',
      'sla',
      'repairReturns',
      'stock',
      'parts',
      'stockMovements',
      'customers',
      'assets',
      'productModels',
      'brands',
      'vendors',
      'serviceContracts',
      'labels',
      'warrantyPolicies',
      'feeStandards',
      'technicians',
    ]);
  });
  it('shows the returns clerk the returns, shipments, board and loaners, and no stock admin', () => {
    const keys = navItemsFor(['returns_clerk']).map((item) => item.key);
    expect(keys).toEqual(
      expect.arrayContaining(['repairReturns', 'shipments', 'returnsBoard', 'loaners']),
    );
    expect(keys).not.toContain('stockCounts');
  });
  it('shows the warehouse keeper counts and warehouses, not shipments', () => {
    const keys = navItemsFor(['warehouse_keeper']).map((item) => item.key);
    expect(keys).toEqual(expect.arrayContaining(['stock', 'stockCounts', 'warehouses', 'loaners']));
    expect(keys).not.toContain('shipments');
  });
  it('shows an admin the user admin', () => {
    expect(navItemsFor(['admin']).map((item) => item.key)).toContain('users');
  });
  it('shows the category admin to service managers, not to dispatchers', () => {
    expect(navItemsFor(['service_manager']).map((item) => item.key)).toContain('catalog');
    expect(navItemsFor(['dispatcher']).map((item) => item.key)).not.toContain('catalog');
  });
});
