import { Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { URGENCIES, type Urgency } from '../../../hotline/hotline-call.schemas';
import type { CommitmentLimit, ServiceZone } from '../../commitments-content.schemas';
import { formatDuration } from '../formatDuration';

/** Read-only limits: one row per urgency, one column per zone, three limits in each cell. */
export function LimitsTable({
  zones,
  limits,
}: {
  zones: ServiceZone[];
  limits: CommitmentLimit[];
}) {
  const { t } = useTranslation();
  const columns: TableProps<{ urgency: Urgency }>['columns'] = [
    {
      title: t('commitments.urgency'),
      dataIndex: 'urgency',
      render: (u: Urgency) => <Tag>{t(`enums.urgency.${u}`)}</Tag>,
    },
    ...zones.map((zone) => ({
      title: zone.name,
      key: zone.code,
      render: (_: unknown, row: { urgency: Urgency }) => {
        const limit = limits.find((l) => l.urgency === row.urgency && l.zone === zone.code);
        if (!limit) return '—';
        return (
          <div style={{ whiteSpace: 'nowrap' }}>
            <div>
              {t('commitments.kindLabels.response')}: {formatDuration(t, limit.responseMinutes)}
            </div>
            <div>
              {t('commitments.kindLabels.onSite')}: {formatDuration(t, limit.onSiteMinutes)}
            </div>
            <div>
              {t('commitments.kindLabels.completion')}: {formatDuration(t, limit.completionMinutes)}
            </div>
          </div>
        );
      },
    })),
  ];
  return (
    <Table
      rowKey="urgency"
      size="small"
      bordered
      columns={columns}
      dataSource={URGENCIES.map((urgency) => ({ urgency }))}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
