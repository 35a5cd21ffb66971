import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { hasPermission } from '../../../accounts/roles';

/** Who may change what: inventory.manage for stock, parts and warehouses; loaners.manage. */
export function useInventoryAccess() {
  const { roles } = useSessionUser();
  return {
    canManage: hasPermission(roles, 'inventory.manage'),
    canManageLoaners: hasPermission(roles, 'loaners.manage'),
  };
}
