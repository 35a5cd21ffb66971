import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../roles';

interface Props {
  value?: Role[];
  onChange?: (value: Role[]) => void;
  id?: string;
}

export function RoleSelect(props: Props) {
  const { t } = useTranslation();
  return (
    <Select
      {...props}
      mode="multiple"
      options={ROLES.map((role) => ({ value: role, label: t(`enums.role.${role}`) }))}
      data-testid="role-select"
    />
  );
}
