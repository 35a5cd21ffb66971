import type { TFunction } from 'i18next';

/** The same rule as the shared phone schema, checked before the round trip. */
export function phoneRule(t: TFunction) {
  return { pattern: /^[0-9+\-() ]{3,32}$/, message: t('common.phoneInvalid') };
}
