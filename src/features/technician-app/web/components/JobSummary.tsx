import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../../web/components/StatusTag';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import type { WorkOrderDetail } from '../../../work-orders/work-order.schemas';
import type { WorkOrderStatus } from '../../../work-orders/work-order.states';
import { DeadlineText } from './DeadlineText';

/** The job at a glance; the status is where the waiting steps will take it, marked as such. */
export function JobSummary({ job, status }: { job: WorkOrderDetail; status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="job-summary" data-number={job.number} data-status={job.status}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>{job.number}</Typography.Text>
        <span>
          <UrgencyTag urgency={job.urgency} />
          <StatusTag status={status} />
          {status !== job.status && (
            <Tag color="warning" data-testid="status-waiting">
              {t('technicianApp.outbox.state.queued')}
            </Tag>
          )}
        </span>
      </Flex>
      <Typography.Title level={4} style={{ margin: '8px 0 4px' }}>
        {job.customer.name}
      </Typography.Title>
      {job.department && <Typography.Text type="secondary">{job.department.name}</Typography.Text>}
      {job.nextDeadline && (
        <div style={{ marginTop: 8 }}>
          <DeadlineText clock={job.nextDeadline} />
        </div>
      )}
    </Card>
  );
}
