import { PauseCircleOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { ServiceClockView } from '../../../sla/sla.schemas';

/** Red once breached, orange once warned; a met clock is green; otherwise plain. */
export function clockColor(clock: ServiceClockView): string {
  if (clock.breached) return 'red';
  if (clock.state === 'met') return 'green';
  if (clock.warnedAt) return 'orange';
  return 'default';
}

/** A deadline as a list cell: which clock, its due time coloured by urgency, and "暂停" when paused. */
export function DeadlineTag({ clock }: { clock: ServiceClockView | null }) {
  const { t } = useTranslation();
  if (!clock) return <span>—</span>;
  const state = clock.breached ? 'breached' : clock.warnedAt ? 'warned' : 'onTime';
  return (
    <Flex gap={4} wrap="nowrap" align="center">
      <Tooltip title={t(`workOrders.clock.state.${state}`)}>
        <Tag
          color={clockColor(clock)}
          data-testid="deadline"
          data-breached={clock.breached}
          data-warned={clock.warnedAt !== null}
          data-paused={clock.state === 'paused'}
        >
          {t(`workOrders.clock.kind.${clock.kind}`)} {formatDateTime(clock.dueAt)}
        </Tag>
      </Tooltip>
      {clock.state === 'paused' && (
        <Tag icon={<PauseCircleOutlined />} color="default">
          {t('workOrders.clock.paused')}
        </Tag>
      )}
    </Flex>
  );
}
