import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaKind } from '../../sla-timers.table';
import { OPEN_CLOCK_STATES, type OpenClockState, slaKindSchema } from '../../sla.schemas';
import type { SlaClockParams } from '../api/slaApi';

/** The kind of deadline and how the clock shows (only warned, only breached …). */
export function SlaFilters({
  params,
  onChange,
}: {
  params: SlaClockParams;
  onChange: (change: Partial<SlaClockParams>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Select<SlaKind>
        allowClear
        aria-label={t('sla.filterKind')}
        placeholder={t('sla.allKinds')}
        style={{ minWidth: 140 }}
        value={params.kind}
        onChange={(kind) => onChange({ kind, page: 1 })}
        options={slaKindSchema.options.map((k) => ({ value: k, label: t(`sla.kind.${k}`) }))}
        data-testid="sla-kind-filter"
      />
      <Select<OpenClockState>
        allowClear
        aria-label={t('sla.filterState')}
        placeholder={t('sla.allStates')}
        style={{ minWidth: 140 }}
        value={params.state}
        onChange={(state) => onChange({ state, page: 1 })}
        options={OPEN_CLOCK_STATES.map((s) => ({ value: s, label: t(`sla.state.${s}`) }))}
        data-testid="sla-state-filter"
      />
    </Flex>
  );
}
