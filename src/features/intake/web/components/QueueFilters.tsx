import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeChannel, ServiceRequestState } from '../../service-requests.table';
import type { QueueParams } from '../api/intakeApi';

const STATES: ServiceRequestState[] = ['received', 'converted', 'merged', 'rejected'];
const CHANNELS: IntakeChannel[] = ['hotline', 'qr', 'walk_in'];

/** Status (received by default), channel and a free-text search. */
export function QueueFilters({
  params,
  onChange,
}: {
  params: QueueParams;
  onChange: (change: Partial<QueueParams>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Select<ServiceRequestState[]>
        mode="multiple"
        aria-label={t('intake.filterStatus')}
        style={{ minWidth: 200 }}
        value={params.status}
        onChange={(status) => onChange({ status: status.length ? status : ['received'], page: 1 })}
        options={STATES.map((s) => ({ value: s, label: t(`intake.status.${s}`) }))}
        data-testid="status-filter"
      />
      <Select<IntakeChannel>
        allowClear
        aria-label={t('intake.filterChannel')}
        placeholder={t('intake.allChannels')}
        style={{ minWidth: 140 }}
        value={params.channel}
        onChange={(channel) => onChange({ channel, page: 1 })}
        options={CHANNELS.map((c) => ({ value: c, label: t(`intake.channel.${c}`) }))}
        data-testid="channel-filter"
      />
      <Input.Search
        allowClear
        style={{ maxWidth: 320 }}
        placeholder={t('intake.searchPlaceholder')}
        defaultValue={params.q}
        onSearch={(q) => onChange({ q: q.trim() || undefined, page: 1 })}
        data-testid="queue-search"
      />
    </Flex>
  );
}
