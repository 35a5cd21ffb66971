import type { Permission, Role } from '../../features/accounts/roles';
import { hasPermission } from '../../features/accounts/roles';

export type NavKey =
  | 'hotline'
  | 'workOrders'
  | 'dispatch'
  | 'myWorkOrders'
  | 'customers'
  | 'technicians'
  | 'catalog'
  | 'users';

interface NavItem {
  key: NavKey;
  path: string;
  permission: Permission;
}

/** The side menu, in order; each entry shows only to the roles holding its permission. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'hotline', path: '/hotline', permission: 'hotline.create' },
  { key: 'workOrders', path: '/work-orders', permission: 'workOrders.readAll' },
  { key: 'dispatch', path: '/dispatch', permission: 'dispatch.read' },
  { key: 'myWorkOrders', path: '/my-work-orders', permission: 'workOrders.readOwn' },
  { key: 'customers', path: '/customers', permission: 'customers.read' },
  { key: 'technicians', path: '/technicians', permission: 'technicians.read' },
  { key: 'catalog', path: '/product-categories', permission: 'catalog.manage' },
  { key: 'users', path: '/users', permission: 'users.manage' },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasPermission(roles, item.permission));
}
