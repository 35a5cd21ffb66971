import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navItems';

describe('navItemsFor', () => {
  it('shows a technician only their own orders and customers', () => {
    expect(navItemsFor(['technician']).map((item) => item.key)).toEqual([
      'myWorkOrders',
      'customers',
    ]);
  });
  it('shows a dispatcher intake, orders, customers and technicians but not users', () => {
    expect(navItemsFor(['dispatcher']).map((item) => item.key)).toEqual([
      'hotline',
      'workOrders',
      'dispatch',
      'customers',
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
