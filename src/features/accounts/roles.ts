/** The roles of DESIGN.md. A user holds one or more. */
export const ROLES = [
  'admin',
  'general_manager',
  'service_manager',
  'dispatcher',
  'technician',
  'returns_clerk',
  'warehouse_keeper',
  'office',
] as const;
export type Role = (typeof ROLES)[number];

const STAFF_READERS: readonly Role[] = [
  'admin',
  'general_manager',
  'service_manager',
  'dispatcher',
  'returns_clerk',
  'warehouse_keeper',
  'office',
];

/** Every permission the API checks, and the roles that hold it. One table, read on every route. */
export const PERMISSIONS = {
  'users.manage': ['admin'],
  'customers.read': [...STAFF_READERS, 'technician'],
  'customers.write': ['admin', 'service_manager', 'dispatcher'],
  'hotline.create': ['service_manager', 'dispatcher'],
  'hotline.read': STAFF_READERS,
  'workOrders.read': [...STAFF_READERS, 'technician'],
  /** Narrows workOrders.read: without it a user sees only the orders assigned to them. */
  'workOrders.readAll': STAFF_READERS,
  'workOrders.readOwn': ['technician'],
  'workOrders.create': ['service_manager', 'dispatcher'],
  'workOrders.assign': ['service_manager', 'dispatcher'],
  'workOrders.close': ['service_manager', 'dispatcher', 'technician'],
  'workOrders.cancel': ['service_manager', 'dispatcher'],
  /** The on-site steps (contact, travel, arrival, outcome, parts, photos, signatures); the
   * transition table narrows each step to the assigned technician or the desk. */
  'workOrders.onSite': ['service_manager', 'dispatcher', 'technician'],
  /** Approve or decline a technician's request for the company car. */
  'workOrders.approveCar': ['service_manager', 'dispatcher'],
  /** The service clocks of every open order: deadlines, warnings and breaches. */
  'sla.read': ['admin', 'general_manager', 'service_manager', 'dispatcher'],
  /** Delivery settings: SMTP and the group robots' webhooks; the outbox and its attempts. */
  'notifications.manage': ['admin', 'service_manager'],
  /** Repair returns (返修单): items taken back from customers, for the returns clerk and desk. */
  'repairReturns.read': [...STAFF_READERS, 'technician'],
  /** The steps of a repair return (test, handover, quote answers, giving back); the return's
   * transition table narrows each step to its roles. */
  'repairReturns.work': ['service_manager', 'dispatcher', 'returns_clerk', 'technician'],
  /** Register, ship, chase, receive back; customer notices; vendor performance. */
  'repairReturns.ship': ['service_manager', 'returns_clerk'],
  /** Spare parts: parts, warehouses, stock, movements (a technician sees their van). */
  'inventory.read': [...STAFF_READERS, 'technician'],
  /** Receive, transfer, adjust, count; parts and warehouses; reorder levels. */
  'inventory.manage': ['admin', 'service_manager', 'warehouse_keeper'],
  /** 备用机: lend and take back loaner units. */
  'loaners.manage': ['service_manager', 'warehouse_keeper', 'returns_clerk'],
  'technicians.read': STAFF_READERS,
  'dispatch.read': ['dispatcher', 'service_manager', 'general_manager'],
  'dispatch.plan': ['dispatcher', 'service_manager'],
  'technicians.manage': ['admin', 'service_manager', 'office'],
  /** A technician reports where they are from the phone. */
  'technicians.checkIn': ['technician'],
  'catalog.manage': ['admin', 'service_manager'],
  /** Installed base: brands, vendors, models, assets, service contracts. */
  'assets.read': [...STAFF_READERS, 'technician'],
  'assets.manage': ['admin', 'service_manager', 'dispatcher'],
  /** Warranty policies, the fee standard, the service commitments and the business calendar. */
  'policies.read': [...STAFF_READERS, 'technician'],
  'policies.manage': ['admin', 'service_manager'],
  /** Price a job from the fee standard (the technician quotes on site). */
  'quotes.create': ['service_manager', 'dispatcher', 'technician'],
  /** QR labels: print sheets; revoke and re-issue a device's token. */
  'labels.print': ['admin', 'service_manager', 'dispatcher'],
  'labels.manage': ['admin', 'service_manager'],
  /** The intake queue of service requests from every channel. */
  'intake.read': ['admin', 'general_manager', 'service_manager', 'dispatcher'],
  'intake.decide': ['service_manager', 'dispatcher'],
  /** 送修: log an item brought to the counter. */
  'intake.walkIn': ['service_manager', 'dispatcher', 'returns_clerk', 'technician'],
  /** Import customers and assets from Excel. Exports need only the list's read permission. */
  'imports.run': ['admin', 'service_manager'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
