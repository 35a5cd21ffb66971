import type { Messages } from '../zh-CN';

export const catalog: Messages['catalog'] = {
  title: 'Product categories',
  newCategory: 'New category',
  edit: 'Edit category',
  code: 'Code',
  codeRule: 'Letters, digits, _ or -, at most 16; saved in upper case',
  name: 'Name',
  defaultMinutes: 'Default on-site time',
  defaultMinutesHint: 'Planning assumes this until a technician has looked at the job',
  minutes: 'min',
  minutesValue: '{{minutes}} min',
  requiresCertificate: 'Certificate required',
  requiresCertificateHint: 'Work on this category needs a valid certificate (e.g. medical devices)',
  certificateRequired: 'Certificate',
  cancelled: 'Cancelled',
  cancel: 'Cancel category',
  cancelTitle: 'Cancel the category “{{name}}”',
  cancelReason: 'Reason',
  cancelledMessage: 'Category cancelled',
  showCancelled: 'Show cancelled',
};
