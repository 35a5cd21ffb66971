import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { hasPermission } from '../../../accounts/roles';

/** Everyone with assets.read sees the installed base; assets.manage may change it. */
export function useCanManage(): boolean {
  return hasPermission(useSessionUser().roles, 'assets.manage');
}
