import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './ApiError';
import { errorText } from './errorText';

/** Shows a failed request as a toast. A lost session is not shown: the login page takes over. */
export function useShowError(): (error: unknown) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.isUnauthenticated) return;
      void message.error(errorText(error, t));
    },
    [message, t],
  );
}
