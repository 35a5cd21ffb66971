import { Card, Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardJob } from '../../dispatch.schemas';
import { URGENCY_COLORS } from './boardStyle';
import { DRAG_TYPE } from './JobBlock';
import { JobDetails } from './JobDetails';

/** Orders nobody has yet; each can be dragged onto a technician's row. */
export function UnassignedPanel({ jobs, canPlan }: { jobs: BoardJob[]; canPlan: boolean }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={`${t('dispatch.unassigned')} (${jobs.length})`}
      extra={
        canPlan && <Typography.Text type="secondary">{t('dispatch.dropHere')}</Typography.Text>
      }
      data-testid="unassigned-panel"
    >
      {jobs.length === 0 && <Empty description={t('dispatch.unassignedEmpty')} />}
      <Flex wrap gap={8}>
        {jobs.map((job) => (
          <Tooltip key={job.workOrderId} title={<JobDetails job={job} />}>
            <div
              draggable={canPlan}
              onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, job.workOrderId)}
              data-testid="unassigned-job"
              data-number={job.number}
              data-work-order-id={job.workOrderId}
              style={{
                borderLeft: `4px solid ${URGENCY_COLORS[job.urgency]}`,
                border: '1px solid #f0f0f0',
                borderLeftWidth: 4,
                borderLeftColor: URGENCY_COLORS[job.urgency],
                borderRadius: 4,
                padding: '4px 8px',
                cursor: canPlan ? 'grab' : 'default',
                background: '#fff',
                fontSize: 12,
              }}
            >
              <strong>{job.number}</strong> {job.customerName}
              {job.categoryName && <Tag style={{ marginInlineStart: 6 }}>{job.categoryName}</Tag>}
              <span style={{ color: '#8c8c8c' }}>
                {t('dispatch.minutes', { minutes: job.minutes })}
              </span>
            </div>
          </Tooltip>
        ))}
      </Flex>
    </Card>
  );
}
