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
};
