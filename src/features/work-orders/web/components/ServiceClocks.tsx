import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { ServiceClockView } from '../../../sla/sla.schemas';
import { clockColor } from './DeadlineTag';

/** Response, on site and completion: each deadline, how it stands and when it was met. */
export function ServiceClocks({ clocks }: { clocks: ServiceClockView[] }) {
  const { t } = useTranslation();
  if (clocks.length === 0)
    return <Typography.Text type="secondary">{t('workOrders.clock.none')}</Typography.Text>;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 3 }}
      data-testid="service-clocks"
      items={clocks.map((clock) => ({
        key: clock.kind,
        label: t(`workOrders.clock.kind.${clock.kind}`),
        children: (
          <Flex vertical gap={4} data-testid="service-clock" data-kind={clock.kind}>
            <span>
              {t('workOrders.clock.due')}{' '}
              <Tag color={clockColor(clock)}>{formatDateTime(clock.dueAt)}</Tag>
            </span>
            <Flex gap={4} wrap>
              {clock.state === 'paused' && <Tag>{t('workOrders.clock.paused')}</Tag>}
              {clock.state === 'stopped' && <Tag>{t('workOrders.clock.stopped')}</Tag>}
              {clock.warnedAt && !clock.breached && (
                <Tag color="orange">
                  {t('workOrders.clock.warnedAt', { time: formatDateTime(clock.warnedAt) })}
                </Tag>
              )}
              {clock.breached && (
                <Tag color="red">
                  {clock.breachedAt
                    ? t('workOrders.clock.breachedAt', { time: formatDateTime(clock.breachedAt) })
                    : t('workOrders.clock.state.breached')}
                </Tag>
              )}
              {clock.metAt && (
                <Tag color={clock.breached ? 'default' : 'green'}>
                  {t('workOrders.clock.metAt', { time: formatDateTime(clock.metAt) })}
                </Tag>
              )}
            </Flex>
          </Flex>
        ),
      }))}
    />
  );
}
