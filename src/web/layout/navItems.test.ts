import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navItems';

describe('navItemsFor', () => {
  it('shows a technician their own orders, walk-in intake and reference data, not the queue', () => {
    expect(navItemsFor(['technician']).map((item) => item.key)).toEqual([
      'walkIn',
      'myWorkOrders',
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
  it('shows an admin the user admin', () => {
    expect(navItemsFor(['admin']).map((item) => item.key)).toContain('users');
  });
  it('shows the category admin to service managers, not to dispatchers', () => {
    expect(navItemsFor(['service_manager']).map((item) => item.key)).toContain('catalog');
    expect(navItemsFor(['dispatcher']).map((item) => item.key)).not.toContain('catalog');
  });
});
