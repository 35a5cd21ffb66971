export { WarrantyPolicyAdminPage } from './WarrantyPolicyAdminPage';
export { CoverageTags } from './components/CoverageTags';
export { useWarrantyPolicies } from './hooks/useWarrantyPolicies';
