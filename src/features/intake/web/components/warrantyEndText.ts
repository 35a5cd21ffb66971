import type { TFunction } from 'i18next';
import type { WarrantyStatusView } from '../../../warranty/warranty.schemas';

/** The date that matters for the state: when the current cover ends (or ended). */
export function warrantyEndText(warranty: WarrantyStatusView, t: TFunction): string | null {
  switch (warranty.state) {
    case 'replacement':
      return (
        warranty.replacementEndsOn && t('intake.warrantyEnds', { date: warranty.replacementEndsOn })
      );
    case 'contract':
      return t('intake.warrantyContract', {
        number: warranty.contractNumber ?? '',
        date: warranty.contractEndsOn ?? '',
      });
    case 'repair':
    case 'expired':
      return warranty.repairEndsOn && t('intake.warrantyEnds', { date: warranty.repairEndsOn });
    default:
      return null;
  }
}
