import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { TextPromptModal } from '../../../../web/components/TextPromptModal';
import { usePasswordPolicy } from '../../../../web/auth/usePasswordPolicy';
import type { UserView } from '../../account.schemas';
import { usersApi } from '../api/usersApi';
import { useUserMutation } from '../hooks/useUserMutation';
import { UserFormModal } from './UserFormModal';
import type { UserDialog } from './UserRowActions';

interface Props {
  dialog: UserDialog | 'create' | null;
  user?: UserView;
  onClose: () => void;
}

/** The modals of the user admin page; one is open at a time. */
export function UserDialogs({ dialog, user, onClose }: Props) {
  const { t } = useTranslation();
  const policy = usePasswordPolicy();
  const disable = useUserMutation(
    (reason: string) => usersApi.disable(user?.id ?? '', reason),
    t('users.disabledDone'),
  );
  const reset = useUserMutation(
    (password: string) => usersApi.resetPassword(user?.id ?? '', password),
    t('users.passwordReset'),
  );
  const name = user?.displayName ?? '';
  return (
    <>
      <UserFormModal
        open={dialog === 'create' || dialog === 'edit'}
        user={dialog === 'edit' ? user : undefined}
        onClose={onClose}
      />
      <TextPromptModal
        open={dialog === 'disable'}
        title={t('users.disableTitle', { name })}
        label={t('users.disableReason')}
        name="reason"
        maxLength={500}
        okText={t('users.disable')}
        isDanger
        isSubmitting={disable.isPending}
        onSubmit={(reason) => disable.mutateAsync(reason)}
        onClose={onClose}
      />
      <TextPromptModal
        open={dialog === 'resetPassword'}
        title={t('users.resetPasswordTitle', { name })}
        label={t('auth.newPassword')}
        name="newPassword"
        maxLength={256}
        isPassword
        isSubmitting={reset.isPending}
        onSubmit={(password) => reset.mutateAsync(password)}
        onClose={onClose}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('users.resetPasswordHint')}
          description={policy.data && t('auth.passwordPolicy', { ...policy.data })}
        />
      </TextPromptModal>
    </>
  );
}
