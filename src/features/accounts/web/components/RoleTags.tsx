import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../roles';

export function RoleTags({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={role === 'admin' ? 'purple' : 'blue'}>
          {t(`enums.role.${role}`)}
        </Tag>
      ))}
    </>
  );
}
