import type { SessionUser } from '../../features/accounts/account.schemas';
import { useSession } from './useSession';

/** Inside the signed-in shell the session is always there; RequireSession guarantees it. */
export function useSessionUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useSessionUser outside RequireSession');
  return data;
}
