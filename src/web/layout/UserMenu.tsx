import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { useLogout } from '../auth/useLogout';
import { useSessionUser } from '../auth/useSessionUser';

export function UserMenu({ isCompact }: { isCompact: boolean }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const logout = useLogout();
  const [isChangingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword') },
            { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
          ],
          onClick: ({ key }) => (key === 'logout' ? logout.mutate() : setChangingPassword(true)),
        }}
      >
        <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
          {isCompact ? null : user.displayName}
        </Button>
      </Dropdown>
      <ChangePasswordModal open={isChangingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
