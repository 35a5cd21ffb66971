import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { chaseState } from '../lib/chaseDisplay';

/** The next chase: its time, amber when due, red when overdue (the manager has been told). */
export function ChaseDue({
  nextChaseAt,
  isOverdue,
}: {
  nextChaseAt: string | null;
  isOverdue: boolean;
}) {
  const { t } = useTranslation();
  const state = chaseState(nextChaseAt, isOverdue);
  if (state === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  const time = formatDateTime(nextChaseAt);
  if (state === 'overdue')
    return (
      <Tooltip title={t('repairReturns.chase.overdueHelp')}>
        <Tag color="error" data-testid="chase-overdue">
          {t('repairReturns.chase.overdue')} {time}
        </Tag>
      </Tooltip>
    );
  if (state === 'due')
    return (
      <Tag color="warning" data-testid="chase-due">
        {t('repairReturns.chase.due')} {time}
      </Tag>
    );
  return <Typography.Text>{time}</Typography.Text>;
}
