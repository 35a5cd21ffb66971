import type { Messages } from '../zh-CN';

export const enums: Messages['enums'] = {
  role: {
    admin: 'Administrator',
    general_manager: 'General manager',
    service_manager: 'Service manager',
    dispatcher: 'Dispatcher',
    technician: 'Technician',
    returns_clerk: 'Returns clerk',
    warehouse_keeper: 'Warehouse keeper',
    office: 'Office',
    system: 'System',
  },
  status: {
    new: 'New',
    assigned: 'Assigned',
    closed: 'Closed',
    cancelled: 'Cancelled',
  },
  urgency: {
    normal: 'Normal',
    urgent: 'Urgent',
    critical: 'Critical',
  },
  warranty: {
    replacement: 'In replacement period',
    repair: 'In repair warranty',
    contract: 'Under contract',
    expired: 'Out of warranty',
    unknown: 'Warranty unknown',
  },
  coverage: { parts: 'parts', labour: 'labour', travel: 'travel' },
  warrantyUntil: 'valid until {{date}}',
  warrantyUntilShort: 'until {{date}}',
  warrantyCovers: 'Free: {{items}}',
  warrantyCoversNothing: 'Not covered: charged by the fee standard',
  listSeparator: ', ',
};
