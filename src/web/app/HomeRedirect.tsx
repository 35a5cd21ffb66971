import { Navigate } from 'react-router';
import { homePathFor } from '../auth/homePathFor';
import { useSessionUser } from '../auth/useSessionUser';

export function HomeRedirect() {
  const user = useSessionUser();
  return <Navigate to={homePathFor(user.roles)} replace />;
}
