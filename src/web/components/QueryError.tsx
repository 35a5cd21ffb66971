import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { errorText } from '../api/errorText';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError && error.status === 404 ? '404' : 'error';
  return (
    <Result
      status={error instanceof ApiError && error.status === 403 ? '403' : status}
      title={errorText(error, t)}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
