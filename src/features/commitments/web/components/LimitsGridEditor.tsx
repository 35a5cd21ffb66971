import { Form, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { URGENCIES, type Urgency } from '../../../hotline/hotline-call.schemas';
import type { ServiceZone } from '../../commitments-content.schemas';
import type { CommitmentsFormValues, LimitCell } from '../commitmentsFormValues';
import { DurationInput } from './DurationInput';

interface Row {
  key: string;
  urgency: Urgency;
  zoneIndex: number;
  zoneName: string;
  isFirstOfUrgency: boolean;
  zoneCount: number;
}
type LimitField = 'responseMinutes' | 'onSiteMinutes' | 'completionMinutes';

/** Response ≤ on site ≤ completion, as the server checks. */
const isOrdered = (c: Partial<LimitCell> | undefined) =>
  !c?.responseMinutes ||
  !c.onSiteMinutes ||
  !c.completionMinutes ||
  (c.responseMinutes <= c.onSiteMinutes && c.onSiteMinutes <= c.completionMinutes);

/** Urgency × zone × the three limits, each in business hours and minutes. */
export function LimitsGridEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<CommitmentsFormValues>();
  const zones: ServiceZone[] = Form.useWatch('zones', form) ?? [];
  const rows: Row[] = URGENCIES.flatMap((urgency) =>
    zones.map((zone, zoneIndex) => ({
      key: `${urgency}-${zoneIndex}`,
      urgency,
      zoneIndex,
      zoneName: zone?.name || zone?.code || '—',
      isFirstOfUrgency: zoneIndex === 0,
      zoneCount: zones.length,
    })),
  );
  const cell = (kind: LimitField) => (_: unknown, row: Row) => (
    <Form.Item
      name={['grid', row.urgency, row.zoneIndex, kind]}
      style={{ margin: 0 }}
      dependencies={[['grid', row.urgency, row.zoneIndex]]}
      rules={[
        { required: true, message: t('common.required') },
        { type: 'number', min: 1, message: t('commitments.limitPositive') },
        ({ getFieldValue }) => ({
          validator: () =>
            isOrdered(getFieldValue(['grid', row.urgency, row.zoneIndex]))
              ? Promise.resolve()
              : Promise.reject(new Error(t('commitments.limitOrder'))),
        }),
      ]}
    >
      <DurationInput />
    </Form.Item>
  );
  const columns: TableProps<Row>['columns'] = [
    {
      title: t('commitments.urgency'),
      dataIndex: 'urgency',
      onCell: (row) => ({ rowSpan: row.isFirstOfUrgency ? row.zoneCount : 0 }),
      render: (urgency: Urgency) => <Tag>{t(`enums.urgency.${urgency}`)}</Tag>,
    },
    { title: t('commitments.zone'), dataIndex: 'zoneName' },
    { title: t('commitments.responseLimit'), key: 'response', render: cell('responseMinutes') },
    { title: t('commitments.onSiteLimit'), key: 'onSite', render: cell('onSiteMinutes') },
    {
      title: t('commitments.completionLimit'),
      key: 'completion',
      render: cell('completionMinutes'),
    },
  ];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
