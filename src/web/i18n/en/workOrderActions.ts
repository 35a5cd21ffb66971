import type { Messages } from '../zh-CN';

export const workOrderActions: Messages['workOrderActions'] = {
  assign: 'Assign',
  reassign: 'Reassign',
  close: 'Close order',
  cancel: 'Cancel order',
  assignTitle: 'Assign a technician',
  reassignTitle: 'Reassign to another technician',
  closeTitle: 'Close the work order',
  cancelTitle: 'Cancel the work order',
  technician: 'Technician',
  reason: 'Reason',
  resolution: 'Resolution',
  resolutionPlaceholder: 'What caused the fault and how it was fixed',
  assigned: 'Assigned',
  reassigned: 'Reassigned',
  closed: 'Work order closed',
  cancelled: 'Work order cancelled',
};
