import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../web/components/QueryError';
import { RowList } from '../../../../web/components/RowList';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { HotlineCallView } from '../../hotline-call.schemas';
import { usePendingCallsToday } from '../hooks/usePendingCallsToday';

export function PendingCallList({ onPick }: { onPick: (call: HotlineCallView) => void }) {
  const { t } = useTranslation();
  const calls = usePendingCallsToday();
  return (
    <Card title={t('hotline.pendingTitle')} size="small">
      {calls.isError ? (
        <QueryError error={calls.error} onRetry={() => void calls.refetch()} />
      ) : (
        <RowList
          items={calls.data ?? []}
          rowKey={(call) => call.id}
          isLoading={calls.isFetching}
          emptyText={t('hotline.noPending')}
          renderRow={(call) => (
            <Flex justify="space-between" align="center" gap={8}>
              <div style={{ minWidth: 0 }}>
                <div>
                  {call.customer.name} <UrgencyTag urgency={call.urgency} />
                </div>
                <Typography.Text
                  type="secondary"
                  ellipsis
                  style={{ maxWidth: 280, display: 'block' }}
                >
                  {formatDateTime(call.receivedAt)} · {call.callerName} · {call.faultDescription}
                </Typography.Text>
              </div>
              <Button onClick={() => onPick(call)}>{t('hotline.createWorkOrder')}</Button>
            </Flex>
          )}
        />
      )}
    </Card>
  );
}
