import { EnvironmentOutlined } from '@ant-design/icons';
import { Badge, Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../../../web/components/StatusTag';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import { type JobRow, visitStartOf } from '../jobs/jobLists';
import { DeadlineText } from './DeadlineText';

const hm = (iso: string) => dayjs(iso).format('HH:mm');

/** When: the agreed window or the planned start; a date as well when it is not today. */
function visitTime(job: JobRow): string | null {
  const start = visitStartOf(job);
  if (!start) return null;
  const day = dayjs(start).isSame(dayjs(), 'day') ? '' : `${dayjs(start).format('MM-DD')} `;
  const end = job.window && job.window.start === start ? `–${hm(job.window.end)}` : '';
  return `${day}${hm(start)}${end}`;
}

/** One job in the day's list: the whole card is the tap target. */
export function JobCard({ job, waiting }: { job: JobRow; waiting: number }) {
  const { t } = useTranslation();
  const time = visitTime(job);
  return (
    <Link
      to={`/m/jobs/${job.id}`}
      data-testid="job-card"
      data-number={job.number}
      style={{ display: 'block', color: 'inherit' }}
    >
      <Card size="small" hoverable>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {time ?? t('technicianApp.jobs.noTime')}
          </Typography.Text>
          <span>
            {waiting > 0 && (
              <Tag color="warning" data-testid="job-waiting">
                <Badge status="warning" />{' '}
                {t('technicianApp.outbox.waitingCount', { count: waiting })}
              </Tag>
            )}
            <UrgencyTag urgency={job.urgency} />
            <StatusTag status={job.status} />
          </span>
        </Flex>
        <Typography.Title level={5} style={{ margin: '8px 0 4px' }}>
          {[job.customer.name, job.department?.name].filter(Boolean).join(' · ')}
        </Typography.Title>
        {job.address && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            <EnvironmentOutlined /> {job.address}
          </Typography.Paragraph>
        )}
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
          {job.faultDescription}
        </Typography.Paragraph>
        <Flex justify="space-between" gap={8} wrap>
          <Typography.Text type="secondary">{job.number}</Typography.Text>
          {job.nextDeadline && <DeadlineText clock={job.nextDeadline} />}
        </Flex>
      </Card>
    </Link>
  );
}
