import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { formatCents } from '../../../../platform/format';
import type { OnSiteView } from '../../on-site.schemas';

type Visit = OnSiteView['visits'][number];

function Checklist({ ticks }: { ticks: Visit['checklist'] }) {
  const { t } = useTranslation();
  if (!ticks || ticks.length === 0) return <>—</>;
  return (
    <Flex wrap gap={4}>
      {ticks.map((tick) => (
        <Tag
          key={tick.item}
          color={tick.checked ? 'green' : 'red'}
          icon={tick.checked ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
          aria-label={`${tick.item} ${tick.checked ? t('slip.yes') : t('slip.no')}`}
        >
          {tick.item}
        </Tag>
      ))}
    </Flex>
  );
}

/** Every trip: how the technician travelled and at what cost, arrival, the checklist, the result. */
export function VisitList({ visits }: { visits: Visit[] }) {
  const { t } = useTranslation();
  if (visits.length === 0)
    return <Typography.Text type="secondary">{t('workOrders.onSite.noVisits')}</Typography.Text>;
  return (
    <List
      dataSource={visits}
      data-testid="visit-list"
      renderItem={(visit) => (
        <List.Item key={visit.id} data-testid="visit" data-seq={visit.seq}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            title={t('workOrders.onSite.visitTitle', { n: visit.seq, name: visit.technician.name })}
            items={[
              {
                key: 'mode',
                label: t('slip.travelMode'),
                children: (
                  <>
                    {t(`slip.travelModes.${visit.travelMode}`)}
                    {visit.travelReason ? ` · ${visit.travelReason}` : ''}
                  </>
                ),
              },
              {
                key: 'cost',
                label: t('slip.travelCost'),
                children: visit.travelCostCents === null ? '—' : formatCents(visit.travelCostCents),
              },
              {
                key: 'start',
                label: t('slip.travelStartedAt'),
                children: formatDateTime(visit.travelStartedAt),
              },
              {
                key: 'arrived',
                label: t('slip.arrivedAt'),
                children: formatDateTime(visit.arrivedAt) || '—',
              },
              {
                key: 'left',
                label: t('slip.leftAt'),
                children: formatDateTime(visit.leftAt) || '—',
              },
              {
                key: 'outcome',
                label: t('slip.visitOutcome'),
                children: visit.outcome
                  ? t(`slip.outcomes.${visit.outcome}`, { defaultValue: visit.outcome })
                  : '—',
              },
              {
                key: 'checklist',
                label: t('workOrders.onSite.checklist'),
                children: <Checklist ticks={visit.checklist} />,
                span: 'filled',
              },
            ]}
          />
        </List.Item>
      )}
    />
  );
}
