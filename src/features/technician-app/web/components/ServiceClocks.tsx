import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceClockView } from '../../../sla/sla.schemas';
import { DeadlineText } from './DeadlineText';

/** The commitments' clocks: response (customer contacted), on site, completion. */
export function ServiceClocks({ clocks }: { clocks: readonly ServiceClockView[] }) {
  const { t } = useTranslation();
  if (clocks.length === 0) return null;
  return (
    <Card size="small" title={t('technicianApp.clock.title')}>
      <Flex vertical gap={6}>
        {clocks.map((clock) => (
          <span key={clock.kind}>
            <DeadlineText clock={clock} />
            {clock.metAt && ` · ${t('technicianApp.clock.met')}`}
          </span>
        ))}
      </Flex>
    </Card>
  );
}
