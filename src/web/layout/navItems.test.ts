import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navItems';

describe('navItemsFor', () => {
  it('shows a technician only their own orders and customers', () => {
    expect(navItemsFor(['technician']).map((item) => item.key)).toEqual([
      'myWorkOrders',
      'customers',
    ]);
  });
  it('shows a dispatcher intake, orders and customers but not users', () => {
    expect(navItemsFor(['dispatcher']).map((item) => item.key)).toEqual([
      'hotline',
      'workOrders',
      'customers',
    ]);
  });
  it('shows an admin the user admin', () => {
    expect(navItemsFor(['admin']).map((item) => item.key)).toContain('users');
  });
});
