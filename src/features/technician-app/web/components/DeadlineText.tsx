import { ClockCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ServiceClockView } from '../../../sla/sla.schemas';

/** The state a clock is shown in: red once breached, orange once warned, grey when paused. */
export function clockTone(clock: ServiceClockView): 'danger' | 'warning' | 'secondary' | undefined {
  if (clock.breached) return 'danger';
  if (clock.state === 'paused' || clock.state === 'met' || clock.state === 'stopped') {
    return 'secondary';
  }
  if (clock.warnedAt) return 'warning';
  return undefined;
}

/** "到场时限 11-28 15:00", coloured by how close it is. */
export function DeadlineText({ clock }: { clock: ServiceClockView }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type={clockTone(clock)} data-testid="next-deadline" data-kind={clock.kind}>
      <ClockCircleOutlined /> {t(`technicianApp.clock.kind.${clock.kind}`)}{' '}
      {dayjs(clock.dueAt).format('MM-DD HH:mm')}
      {clock.breached
        ? ` · ${t('technicianApp.clock.breached')}`
        : clock.state === 'paused'
          ? ` · ${t('technicianApp.clock.paused')}`
          : ''}
    </Typography.Text>
  );
}
