import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../account.schemas';
import { usersApi } from '../api/usersApi';
import { useUserMutation } from '../hooks/useUserMutation';

export type UserDialog = 'edit' | 'disable' | 'resetPassword';

export function UserRowActions({
  user,
  onOpen,
}: {
  user: UserView;
  onOpen: (dialog: UserDialog, user: UserView) => void;
}) {
  const { t } = useTranslation();
  const enable = useUserMutation(usersApi.enable, t('users.enabledDone'));
  return (
    <Space size={0} wrap>
      <Button type="link" onClick={() => onOpen('edit', user)}>
        {t('common.edit')}
      </Button>
      {user.isDisabled ? (
        <Button type="link" loading={enable.isPending} onClick={() => enable.mutate(user.id)}>
          {t('users.enable')}
        </Button>
      ) : (
        <Button type="link" danger onClick={() => onOpen('disable', user)}>
          {t('users.disable')}
        </Button>
      )}
      <Button type="link" onClick={() => onOpen('resetPassword', user)}>
        {t('users.resetPassword')}
      </Button>
    </Space>
  );
}
