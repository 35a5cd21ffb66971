import { Navigate } from 'react-router';
import { hasPermission } from '../../features/accounts/roles';
import { homePathFor } from '../auth/homePathFor';
import { useSessionUser } from '../auth/useSessionUser';

/** Below antd's md breakpoint: a phone, where a technician works from the phone screens. */
const isPhone = () => window.matchMedia('(max-width: 767.98px)').matches;

export function HomeRedirect() {
  const user = useSessionUser();
  const isFieldOnly =
    hasPermission(user.roles, 'workOrders.readOwn') &&
    !hasPermission(user.roles, 'workOrders.readAll');
  return <Navigate to={isFieldOnly && isPhone() ? '/m' : homePathFor(user.roles)} replace />;
}
