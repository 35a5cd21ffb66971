import type { Messages } from '../zh-CN';

export const history: Messages['history'] = {
  action: {
    created: 'Created',
    assigned: 'Assigned',
    reassigned: 'Reassigned',
    closed: 'Closed',
    cancelled: 'Cancelled',
    updated: 'Updated',
  },
  field: {
    status: 'Status',
    technician: 'Technician',
    technicianId: 'Technician',
    technicianName: 'Technician',
    resolution: 'Resolution',
    reason: 'Reason',
    cancelReason: 'Cancel reason',
    urgency: 'Urgency',
    number: 'Number',
    customer: 'Customer',
    faultDescription: 'Fault',
    closedAt: 'Closed at',
  },
  change: '{{field}}: ',
  by: '{{actor}} ({{role}})',
  system: 'System',
  empty: '(empty)',
};
