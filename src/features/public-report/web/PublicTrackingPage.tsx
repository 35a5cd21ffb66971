import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { HotlineLink } from './components/HotlineLink';
import { PublicFailure } from './components/PublicFailure';
import { PublicShell } from './components/PublicShell';
import { TrackingSteps } from './components/TrackingSteps';
import { usePublicTracking } from './hooks/usePublicTracking';

/** /p/t/:token — the progress of a report, for whoever holds the link; no personal data. */
export function PublicTrackingPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const tracking = usePublicTracking(token);
  const view = tracking.data;
  return (
    <PublicShell title={view?.company.name ?? t('publicReport.trackingTitle')}>
      {tracking.isPending && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      )}
      {!view && tracking.isError && (
        <PublicFailure error={tracking.error} onRetry={() => void tracking.refetch()} />
      )}
      {view && (
        <>
          <Card size="small" title={t('publicReport.trackingTitle')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'number',
                  label: t('publicReport.requestNumber'),
                  children: <span data-testid="tracking-number">{view.number}</span>,
                },
                {
                  key: 'at',
                  label: t('publicReport.reportedAt'),
                  children: dayjs(view.createdAt).format('YYYY-MM-DD HH:mm'),
                },
                ...(view.device
                  ? [
                      {
                        key: 'model',
                        label: t('publicReport.model'),
                        children: view.device.modelName,
                      },
                      {
                        key: 'sn',
                        label: t('publicReport.serialNumber'),
                        children: view.device.serialNumber,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Card size="small" data-testid="tracking-steps" data-stage={view.stage}>
            <TrackingSteps view={view} />
            {view.rejectReason && (
              <Alert
                type="warning"
                showIcon
                title={t('publicReport.rejectReason', { reason: view.rejectReason })}
              />
            )}
          </Card>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('publicReport.autoRefresh', {
                time: dayjs(tracking.dataUpdatedAt).format('HH:mm:ss'),
              })}
            </Typography.Text>
            <Button
              size="small"
              icon={<ReloadOutlined />}
              loading={tracking.isFetching}
              onClick={() => void tracking.refetch()}
            >
              {t('publicReport.refresh')}
            </Button>
          </Flex>
          <Flex justify="center">
            <HotlineLink hotline={view.company.hotline} />
          </Flex>
        </>
      )}
    </PublicShell>
  );
}
