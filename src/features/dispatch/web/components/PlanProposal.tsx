import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { PlanRecordView } from '../../dispatch.schemas';
import { useReasonText } from '../hooks/useReasonText';
import type { Scale } from '../timeline';
import { PlanTimeline } from './PlanTimeline';
import { PlanTotals } from './PlanTotals';

interface Props {
  record: PlanRecordView;
  scale: Scale;
  canPlan: boolean;
  isApplying: boolean;
  onApply: () => void;
  onDiscard: () => void;
}

/** The optimiser's proposal next to the board: totals, routes, what it could not place, apply. */
export function PlanProposal({ record, scale, canPlan, isApplying, onApply, onDiscard }: Props) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const { plan } = record;
  return (
    <Card
      data-testid="plan-proposal"
      data-plan-id={record.id}
      title={t('dispatch.proposal')}
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">
            {t('dispatch.proposalCreatedAt', { time: formatDateTime(record.createdAt) })} ·{' '}
            {t('dispatch.solverMs', { ms: Math.round(plan.solverMs) })}
          </Typography.Text>
          <Button icon={<CloseOutlined />} onClick={onDiscard} data-testid="plan-discard">
            {t('dispatch.discard')}
          </Button>
          {canPlan && (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={isApplying}
              onClick={onApply}
              data-testid="plan-apply"
            >
              {t('dispatch.apply')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <PlanTotals plan={plan} />
        <div style={{ overflowX: 'auto' }}>
          <PlanTimeline routes={plan.routes} scale={scale} />
        </div>
        {plan.unplanned.length > 0 && (
          <List
            size="small"
            header={<strong>{t('dispatch.unplannedList')}</strong>}
            dataSource={plan.unplanned}
            data-testid="plan-unplanned"
            renderItem={(item) => (
              <List.Item data-number={item.number}>
                <Typography.Text strong>{item.number}</Typography.Text>
                <Typography.Text type="secondary">{reasonText(item.reason)}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
