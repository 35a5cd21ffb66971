import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../web/api/ApiError';
import { PublicApiError } from '../api/publicReportApi';
import { HotlineLink } from './HotlineLink';

/**
 * What a public page shows instead of its content: one message for any wrong, revoked or
 * unknown code (the server answers them alike), a friendly wait for a rate limit, and a retry
 * for network trouble. Never an error page.
 */
export function PublicFailure({
  error,
  hotline,
  onRetry,
}: {
  error: unknown;
  hotline?: string | null;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404)
    return (
      <Result
        status="warning"
        title={t('publicReport.invalidTitle')}
        subTitle={t('publicReport.invalidHint')}
        extra={<HotlineLink hotline={hotline} />}
      />
    );
  if (error instanceof ApiError && error.status === 429) {
    const seconds = error instanceof PublicApiError ? (error.retryAfterSeconds ?? 60) : 60;
    return (
      <Result
        status="info"
        title={t('publicReport.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) })}
        extra={<HotlineLink hotline={hotline} />}
      />
    );
  }
  return (
    <Result
      status="info"
      title={t('publicReport.loadFailed')}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
