import type { Messages } from './zh-CN';

// Typed keys: `t('workOrders.nmuber')` is a compile error, not a blank label at run time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
