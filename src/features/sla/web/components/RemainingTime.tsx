import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpenClockItem } from '../../sla.schemas';
import { durationParts } from './durationParts';

/** Business time left (or over), as the dispatcher reads it: "剩余 1 小时 5 分" / "超时 15 分钟". */
export function RemainingTime({ clock }: { clock: OpenClockItem }) {
  const { t } = useTranslation();
  const parts = durationParts(clock.remainingMinutes);
  const time =
    parts.hours > 0 ? t('sla.hoursMinutes', parts) : t('sla.minutes', { minutes: parts.minutes });
  if (clock.remainingMinutes < 0)
    return <Typography.Text type="danger">{t('sla.overdue', { time })}</Typography.Text>;
  if (clock.state === 'paused')
    return <Typography.Text type="secondary">{t('sla.pausedLeft', { time })}</Typography.Text>;
  return (
    <Typography.Text type={clock.state === 'warned' ? 'warning' : undefined}>
      {t('sla.remaining', { time })}
    </Typography.Text>
  );
}
