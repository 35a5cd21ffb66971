import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logout } from './sessionApi';
import { SESSION_QUERY_KEY } from './sessionQueryKey';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: logout,
    // Signed out either way: a failed logout call must not leave the old user's data on screen.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
      void message.success(t('nav.loggedOut'));
      void navigate('/login', { replace: true });
    },
  });
}
