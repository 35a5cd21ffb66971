import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanRecordView } from '../../dispatch.schemas';

/** The plan in six numbers. */
export function PlanTotals({ plan }: { plan: PlanRecordView['plan'] }) {
  const { t } = useTranslation();
  const { totals } = plan;
  const items = [
    { key: 'orders', title: t('dispatch.totalsOrders'), value: totals.orders },
    { key: 'planned', title: t('dispatch.totalsPlanned'), value: totals.planned },
    {
      key: 'unplanned',
      title: t('dispatch.totalsUnplanned'),
      value: plan.unplanned.length,
      danger: plan.unplanned.length > 0,
    },
    {
      key: 'urgentUnplanned',
      title: t('dispatch.totalsUrgentUnplanned'),
      value: totals.urgentUnplanned,
      danger: totals.urgentUnplanned > 0,
    },
    { key: 'travel', title: t('dispatch.totalsTravel'), value: totals.travelMinutes },
    {
      key: 'late',
      title: t('dispatch.totalsLate'),
      value: totals.lateMinutes,
      danger: totals.lateMinutes > 0,
    },
  ];
  return (
    <Row gutter={[16, 8]} data-testid="plan-totals">
      {items.map((item) => (
        <Col key={item.key} xs={12} sm={8} md={4} data-testid={`plan-total-${item.key}`}>
          <Statistic
            title={item.title}
            value={item.value}
            styles={{ content: item.danger ? { color: '#cf1322' } : undefined }}
          />
        </Col>
      ))}
    </Row>
  );
}
