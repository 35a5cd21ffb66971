import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, type Permission } from '../../features/accounts/roles';
import { useSessionUser } from './useSessionUser';

/** Hides a page the user's roles don't cover; the API refuses it anyway, this just says so. */
export function RequirePermission({
  anyOf,
  children,
}: {
  anyOf: Permission[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const user = useSessionUser();
  if (!anyOf.some((permission) => hasPermission(user.roles, permission))) {
    return <Result status="403" title="403" subTitle={t('common.forbidden')} />;
  }
  return children;
}
