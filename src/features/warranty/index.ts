export { warrantyPolicies } from './warranty.table';
export {
  NO_COVER,
  WARRANTY_STATES,
  warrantyStatusOn,
  type ContractCover,
  type Coverage,
  type WarrantyState,
  type WarrantyStatus,
  type WarrantyTerms,
} from './warranty.rules';
export { termsOf } from './terms-of';
export { addDays, addMonths, isIsoDate } from './calendar-date.rules';
export { coverageView, warrantyStatusView, type WarrantyStatusView } from './warranty.schemas';
