import type { Permission, Role } from '../../features/accounts/roles';
import { hasPermission } from '../../features/accounts/roles';

export type NavKey =
  | 'hotline'
  | 'intake'
  | 'walkIn'
  | 'workOrders'
  | 'dispatch'
  | 'sla'
  | 'myWorkOrders'
  | 'repairReturns'
  | 'shipments'
  | 'returnsBoard'
  | 'parts'
  | 'stock'
  | 'stockMovements'
  | 'stockCounts'
  | 'warehouses'
  | 'loaners'
  | 'customers'
  | 'technicians'
  | 'catalog'
  | 'assets'
  | 'productModels'
  | 'brands'
  | 'vendors'
  | 'serviceContracts'
  | 'labels'
  | 'commitments'
  | 'warrantyPolicies'
  | 'feeStandards'
  | 'serviceSettings'
  | 'users'
  | 'notificationSettings';

export const NAV_GROUPS = [
  'service',
  'returns',
  'inventory',
  'installedBase',
  'policies',
  'people',
] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

interface NavItem {
  key: NavKey;
  path: string;
  group: NavGroup;
  permission: Permission;
}

/** The side menu, in groups and in order; each entry shows only to the roles holding its permission. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'hotline', path: '/hotline', group: 'service', permission: 'hotline.create' },
  { key: 'intake', path: '/intake', group: 'service', permission: 'intake.read' },
  { key: 'walkIn', path: '/walk-in', group: 'service', permission: 'intake.walkIn' },
  { key: 'workOrders', path: '/work-orders', group: 'service', permission: 'workOrders.readAll' },
  { key: 'dispatch', path: '/dispatch', group: 'service', permission: 'dispatch.read' },
  { key: 'sla', path: '/sla', group: 'service', permission: 'sla.read' },
  {
    key: 'myWorkOrders',
    path: '/my-work-orders',
    group: 'service',
    permission: 'workOrders.readOwn',
  },
  {
    key: 'repairReturns',
    path: '/repair-returns',
    group: 'returns',
    permission: 'repairReturns.read',
  },
  { key: 'shipments', path: '/shipments', group: 'returns', permission: 'repairReturns.ship' },
  {
    key: 'returnsBoard',
    path: '/returns-board',
    group: 'returns',
    permission: 'repairReturns.ship',
  },
  { key: 'stock', path: '/stock', group: 'inventory', permission: 'inventory.read' },
  { key: 'parts', path: '/parts', group: 'inventory', permission: 'inventory.read' },
  {
    key: 'stockMovements',
    path: '/stock/movements',
    group: 'inventory',
    permission: 'inventory.read',
  },
  { key: 'stockCounts', path: '/stock-counts', group: 'inventory', permission: 'inventory.manage' },
  { key: 'warehouses', path: '/warehouses', group: 'inventory', permission: 'inventory.manage' },
  { key: 'loaners', path: '/loaners', group: 'inventory', permission: 'loaners.manage' },
  { key: 'customers', path: '/customers', group: 'installedBase', permission: 'customers.read' },
  { key: 'assets', path: '/assets', group: 'installedBase', permission: 'assets.read' },
  // Reference lists: in the menu of those who keep them; readable by URL for the rest.
  {
    key: 'productModels',
    path: '/product-models',
    group: 'installedBase',
    permission: 'assets.manage',
  },
  { key: 'brands', path: '/brands', group: 'installedBase', permission: 'assets.manage' },
  { key: 'vendors', path: '/vendors', group: 'installedBase', permission: 'assets.read' },
  {
    key: 'serviceContracts',
    path: '/service-contracts',
    group: 'installedBase',
    permission: 'assets.manage',
  },
  { key: 'labels', path: '/labels', group: 'installedBase', permission: 'labels.print' },
  { key: 'commitments', path: '/commitments', group: 'policies', permission: 'policies.manage' },
  {
    key: 'warrantyPolicies',
    path: '/warranty-policies',
    group: 'policies',
    permission: 'policies.read',
  },
  { key: 'feeStandards', path: '/fee-standards', group: 'policies', permission: 'policies.read' },
  {
    key: 'serviceSettings',
    path: '/settings/service',
    group: 'policies',
    permission: 'policies.manage',
  },
  { key: 'catalog', path: '/product-categories', group: 'policies', permission: 'catalog.manage' },
  { key: 'technicians', path: '/technicians', group: 'people', permission: 'technicians.read' },
  { key: 'users', path: '/users', group: 'people', permission: 'users.manage' },
  {
    key: 'notificationSettings',
    path: '/settings/notifications',
    group: 'people',
    permission: 'notifications.manage',
  },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasPermission(roles, item.permission));
}
