import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpenClockState } from '../../sla.schemas';

export const CLOCK_STATE_COLORS: Record<OpenClockState, string> = {
  running: 'processing',
  warned: 'warning',
  breached: 'error',
  paused: 'default',
};

export function ClockStateTag({ state }: { state: OpenClockState }) {
  const { t } = useTranslation();
  return (
    <Tag color={CLOCK_STATE_COLORS[state]} data-testid="clock-state" data-state={state}>
      {t(`sla.state.${state}`)}
    </Tag>
  );
}
