import { ClockCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusTag } from '../../../../web/components/StatusTag';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { WorkOrderListItem } from '../../work-order.schemas';

/** A phone-sized order: the facts a technician needs on the way, and a big "open" target. */
export function WorkOrderCard({ order }: { order: WorkOrderListItem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      data-testid="work-order-card"
      data-number={order.number}
      data-planned-start={order.plannedStart ?? ''}
    >
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong>{order.number}</Typography.Text>
        <span>
          <UrgencyTag urgency={order.urgency} />
          <StatusTag status={order.status} />
        </span>
      </Flex>
      <Typography.Title level={5} style={{ margin: '8px 0 4px' }}>
        {[order.customer.name, order.department?.name].filter(Boolean).join(' · ')}
      </Typography.Title>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
        {order.faultDescription}
      </Typography.Paragraph>
      {order.plannedStart && (
        <Typography.Text strong data-testid="planned-start">
          <ClockCircleOutlined /> {t('dispatch.plannedStart')} {formatDateTime(order.plannedStart)}
          <br />
        </Typography.Text>
      )}
      <Typography.Text type="secondary">{formatDateTime(order.createdAt)}</Typography.Text>
      <Button
        type="primary"
        size="large"
        block
        icon={<RightOutlined />}
        iconPlacement="end"
        style={{ marginTop: 12 }}
        onClick={() => void navigate(`/work-orders/${order.id}`)}
      >
        {t('workOrders.open')}
      </Button>
    </Card>
  );
}
