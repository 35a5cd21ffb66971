import { PhoneOutlined } from '@ant-design/icons';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../../web/components/StatusTag';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { AppointmentText } from './AppointmentText';
import { QuoteDecisionTag } from './QuoteDecisionTag';

export function WorkOrderFields({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const text = (value: string) => (
    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
      {value}
    </Typography.Paragraph>
  );
  return (
    <Descriptions
      bordered
      styles={{ label: { whiteSpace: 'nowrap' } }}
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      data-testid="work-order-fields"
    >
      <Descriptions.Item label={t('workOrders.status')}>
        <StatusTag status={order.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('workOrders.urgency')}>
        <UrgencyTag urgency={order.urgency} />
      </Descriptions.Item>
      <Descriptions.Item label={t('workOrders.customer')}>{order.customer.name}</Descriptions.Item>
      {order.department && (
        <Descriptions.Item label={t('workOrders.department')}>
          {order.department.name}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('workOrders.contact')}>{order.contactName}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.contactPhone')}>
        <a href={`tel:${order.contactPhone}`} data-testid="contact-phone">
          <PhoneOutlined /> {order.contactPhone}
        </a>
      </Descriptions.Item>
      <Descriptions.Item label={t('workOrders.device')}>
        {order.asset ? (
          <Link to={`/assets/${order.asset.id}`} data-testid="order-asset">
            {order.asset.modelName} {order.asset.modelCode} · SN {order.asset.serialNumber}
          </Link>
        ) : (
          order.deviceDescription
        )}
      </Descriptions.Item>
      {order.asset && (
        <Descriptions.Item label={t('workOrders.warranty')}>
          <WarrantyTag warranty={order.warranty} />
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('workOrders.technician')}>
        {order.technician?.name ?? t('workOrders.unassigned')}
      </Descriptions.Item>
      <Descriptions.Item label={t('dispatch.appointment')}>
        <AppointmentText order={order} />
      </Descriptions.Item>
      <Descriptions.Item label={t('dispatch.plannedStart')}>
        {order.plannedStart
          ? `${formatDateTime(order.plannedStart)}${
              order.routeSequence !== null
                ? ` · ${t('dispatch.routeSequence', { n: order.routeSequence + 1 })}`
                : ''
            }`
          : t('dispatch.unplannedTime')}
      </Descriptions.Item>
      {order.address && (
        <Descriptions.Item label={t('workOrders.address')} span="filled">
          {order.address}
        </Descriptions.Item>
      )}
      {order.contactedAt && (
        <Descriptions.Item label={t('workOrders.contactedAt')}>
          {formatDateTime(order.contactedAt)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('workOrders.fault')} span="filled">
        {text(order.faultDescription)}
      </Descriptions.Item>
      {order.confirmedFault && (
        <Descriptions.Item label={t('workOrders.confirmedFault')} span="filled">
          <span data-testid="confirmed-fault">{text(order.confirmedFault)}</span>
        </Descriptions.Item>
      )}
      {order.diagnosis && (
        <Descriptions.Item label={t('workOrders.diagnosis')} span="filled">
          {text(order.diagnosis)}
        </Descriptions.Item>
      )}
      {(order.quoteId || order.approvalNeeded) && (
        <Descriptions.Item label={t('workOrders.quoteDecision')}>
          <QuoteDecisionTag order={order} />
        </Descriptions.Item>
      )}
      {order.revisitReason && (
        <Descriptions.Item label={t('slip.revisitReason')}>
          {t(`slip.revisitReasons.${order.revisitReason}`, { defaultValue: order.revisitReason })}
        </Descriptions.Item>
      )}
      {order.resolvedAt && (
        <Descriptions.Item label={t('workOrders.resolvedAt')}>
          {formatDateTime(order.resolvedAt)}
        </Descriptions.Item>
      )}
      {order.resolution && (
        <Descriptions.Item label={t('workOrders.resolution')} span="filled">
          {text(order.resolution)}
        </Descriptions.Item>
      )}
      {order.cancelReason && (
        <Descriptions.Item label={t('workOrders.cancelReason')} span="filled">
          {text(order.cancelReason)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('workOrders.createdAt')}>
        {formatDateTime(order.createdAt)}
      </Descriptions.Item>
      {order.closedAt && (
        <Descriptions.Item label={t('workOrders.closedAt')}>
          {formatDateTime(order.closedAt)}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
