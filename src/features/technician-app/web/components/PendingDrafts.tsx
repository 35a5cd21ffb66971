import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSendStep } from '../hooks/useSendStep';
import { useStepLabel } from '../hooks/useStepLabel';
import type { StepDraft } from '../outbox/stepDraft';
import { useIsOnline, useOutbox } from '../outbox/useOutbox';
import { STEP_FORMS } from '../steps/stepForms';

/**
 * The job's steps not yet on the server: waiting for the network, or refused with the server's
 * reason — to correct, send again or discard. Nothing here is dropped without the user.
 */
export function PendingDrafts({
  drafts,
  onEdit,
}: {
  drafts: readonly StepDraft[];
  onEdit: (draft: StepDraft) => void;
}) {
  const { t } = useTranslation();
  const { outbox } = useOutbox();
  const isOnline = useIsOnline();
  const labelOf = useStepLabel();
  const { retry, isSending } = useSendStep();
  if (drafts.length === 0) return null;
  const hasQueued = drafts.some((d) => d.state === 'queued');
  return (
    <Card
      size="small"
      title={t('technicianApp.outbox.title')}
      data-testid="pending-drafts"
      styles={{ header: { background: '#fffbe6' } }}
    >
      <Flex vertical gap={12}>
        {!isOnline && <Alert type="warning" showIcon title={t('technicianApp.outbox.offline')} />}
        {drafts.map((draft) => (
          <Flex
            key={draft.id}
            vertical
            gap={6}
            data-testid="draft"
            data-kind={draft.kind}
            data-state={draft.state}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{labelOf(draft.kind)}</Typography.Text>
              <Tag color={draft.state === 'queued' ? 'warning' : 'error'}>
                {t(`technicianApp.outbox.state.${draft.state}`)}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">
              {t('technicianApp.outbox.savedAt', { time: dayjs(draft.createdAt).format('HH:mm') })}
            </Typography.Text>
            {draft.error && (
              <Typography.Text type="danger" data-testid="draft-error">
                {draft.error.message}
              </Typography.Text>
            )}
            <Flex gap={8} wrap>
              {draft.state === 'failed' && STEP_FORMS[draft.kind] && (
                <Button onClick={() => onEdit(draft)}>{t('technicianApp.outbox.edit')}</Button>
              )}
              {draft.state === 'failed' && (
                <Button loading={isSending} onClick={() => void retry(draft)}>
                  {t('technicianApp.outbox.retry')}
                </Button>
              )}
              <Popconfirm
                title={t(
                  draft.state === 'queued'
                    ? 'technicianApp.outbox.discardQueued'
                    : 'technicianApp.outbox.discardFailed',
                )}
                okText={t('technicianApp.outbox.discard')}
                cancelText={t('common.cancel')}
                onConfirm={() => outbox.discard(draft.id)}
              >
                <Button danger>{t('technicianApp.outbox.discard')}</Button>
              </Popconfirm>
            </Flex>
          </Flex>
        ))}
        {hasQueued && isOnline && (
          <Button
            type="primary"
            ghost
            size="large"
            block
            icon={<CloudUploadOutlined />}
            data-testid="send-now"
            onClick={() => void outbox.flush()}
          >
            {t('technicianApp.outbox.sendNow')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
