import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface PlanOptions {
  timeLimitSeconds: number;
  keepAssignments: boolean;
}

const LIMITS = [2, 3, 5, 10];

/** "Plan the day", with how long the optimiser may search and whether to keep assignments. */
export function PlanControls({
  options,
  onChange,
  lockCount,
  isPlanning,
  onPlan,
}: {
  options: PlanOptions;
  onChange: (options: PlanOptions) => void;
  lockCount: number;
  isPlanning: boolean;
  onPlan: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={12} wrap>
      <label>
        {t('dispatch.timeLimit')}{' '}
        <Select
          value={options.timeLimitSeconds}
          onChange={(timeLimitSeconds) => onChange({ ...options, timeLimitSeconds })}
          options={LIMITS.map((s) => ({ value: s, label: t('dispatch.seconds', { seconds: s }) }))}
          style={{ width: 90 }}
          data-testid="plan-time-limit"
        />
      </label>
      <label>
        <Switch
          checked={options.keepAssignments}
          onChange={(keepAssignments) => onChange({ ...options, keepAssignments })}
          data-testid="plan-keep-assignments"
        />{' '}
        {t('dispatch.keepAssignments')}
      </label>
      {lockCount > 0 && (
        <Typography.Text type="secondary">
          {t('dispatch.locks', { count: lockCount })}
        </Typography.Text>
      )}
      <Button
        type="primary"
        icon={<ThunderboltOutlined />}
        loading={isPlanning}
        onClick={onPlan}
        data-testid="plan-day"
      >
        {isPlanning ? t('dispatch.planning') : t('dispatch.plan')}
      </Button>
    </Flex>
  );
}
