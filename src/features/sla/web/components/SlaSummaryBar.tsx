import { Col, Row, Statistic } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenClockState, SlaSummary } from '../../sla.schemas';

interface Item {
  key:
    'open' | 'warned' | 'breached' | 'paused' | 'breachedToday' | 'breachedThisMonth' | 'metOnTime';
  value: number | string;
  /** The table filter this number stands for. */
  pick?: OpenClockState | 'all';
  style?: CSSProperties;
}

const DANGER = { color: '#cf1322' };
const WARNING = { color: '#d48806' };

/** The headline numbers; a state's number filters the table to it. */
export function SlaSummaryBar({
  summary,
  onPick,
}: {
  summary: SlaSummary | undefined;
  onPick: (state: OpenClockState | undefined) => void;
}) {
  const { t } = useTranslation();
  const items: Item[] = [
    { key: 'open', value: summary?.open ?? 0, pick: 'all' },
    { key: 'warned', value: summary?.warned ?? 0, pick: 'warned', style: WARNING },
    { key: 'breached', value: summary?.breached ?? 0, pick: 'breached', style: DANGER },
    { key: 'paused', value: summary?.paused ?? 0, pick: 'paused' },
    { key: 'breachedToday', value: summary?.breachedToday ?? 0, style: DANGER },
    { key: 'breachedThisMonth', value: summary?.breachedThisMonth ?? 0 },
    {
      key: 'metOnTime',
      value:
        summary?.metOnTimePercent == null ? t('sla.summary.none') : `${summary.metOnTimePercent}%`,
    },
  ];
  const pick = (state: Item['pick']) => onPick(state === 'all' ? undefined : state);
  const statistic = (item: Item) => (
    <Statistic
      title={t(`sla.summary.${item.key}`)}
      value={item.value}
      styles={{ content: Number(item.value) > 0 ? item.style : undefined }}
    />
  );
  return (
    <Row gutter={[16, 8]} style={{ marginBottom: 16 }} data-testid="sla-summary">
      {items.map((item) => (
        <Col key={item.key} xs={12} sm={8} md={6} lg={3} data-testid={`sla-summary-${item.key}`}>
          {item.pick ? (
            <div
              role="button"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => pick(item.pick)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') pick(item.pick);
              }}
            >
              {statistic(item)}
            </div>
          ) : (
            statistic(item)
          )}
        </Col>
      ))}
    </Row>
  );
}
