import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { OutboxMessageView } from '../../notification.schemas';

/** A message's text and every delivery attempt: when, how long, what the other side said. */
export function DeliveryAttempts({ message }: { message: OutboxMessageView }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text strong>{t('notifications.outbox.body')}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>
        {message.body}
      </Typography.Paragraph>
      <Typography.Text strong>{t('notifications.outbox.attemptLog')}</Typography.Text>
      {message.attemptLog.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t('notifications.outbox.noAttempts')}
        </Typography.Paragraph>
      ) : (
        <Timeline
          style={{ marginTop: 12 }}
          items={message.attemptLog.map((a) => ({
            color: a.ok ? 'green' : 'red',
            content: (
              <div data-testid="delivery-attempt">
                <Typography.Text>
                  {t('notifications.outbox.attemptNo', { n: a.attempt })} · {formatDateTime(a.at)} ·{' '}
                  {t('notifications.outbox.duration', { ms: a.durationMs })}{' '}
                </Typography.Text>
                <Tag color={a.ok ? 'success' : 'error'}>
                  {a.ok ? t('notifications.outbox.ok') : t('notifications.outbox.failed')}
                </Tag>
                <Typography.Paragraph
                  type="secondary"
                  style={{ margin: 0, wordBreak: 'break-all' }}
                >
                  {a.ok ? a.response : a.error}
                </Typography.Paragraph>
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}
