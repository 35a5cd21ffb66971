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
export { addDays, addMonths, isIsoDate, lastDayOfMonths } from './calendar-date.rules';
export {
  cancelWarrantyPolicyBody,
  coverageView,
  createWarrantyPolicyBody,
  listWarrantyPoliciesQuery,
  updateWarrantyPolicyBody,
  warrantyPolicyView,
  warrantyStatusView,
  type CreateWarrantyPolicyBody,
  type UpdateWarrantyPolicyBody,
  type WarrantyPolicyView,
  type WarrantyStatusView,
} from './warranty.schemas';
export { findPolicy as findWarrantyPolicy } from './policy-view';
export { cancelWarrantyPolicy } from './cancel-warranty-policy';
export { createWarrantyPolicy } from './create-warranty-policy';
export { listWarrantyPolicies } from './list-warranty-policies';
export { updateWarrantyPolicy } from './update-warranty-policy';
export { registerWarrantyRoutes } from './warranty.routes';
