import { hasPermission, type Role } from '../../features/accounts/roles';

/** Where each role starts: admins manage users, technicians see their own orders, staff see all. */
export function homePathFor(roles: readonly Role[]): string {
  if (roles.includes('admin')) return '/users';
  if (hasPermission(roles, 'workOrders.readAll')) return '/work-orders';
  if (hasPermission(roles, 'workOrders.readOwn')) return '/my-work-orders';
  return '/work-orders';
}
