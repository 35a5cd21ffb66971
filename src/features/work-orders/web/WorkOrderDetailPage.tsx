import { MobileOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { DetailPage } from '../../../web/components/DetailPage';
import { StatusTag } from '../../../web/components/StatusTag';
import { hasPermission } from '../../accounts/roles';
import { WorkOrderReturnLink } from '../../repair-returns/web';
import { AppointmentButton } from './components/AppointmentButton';
import { HistoryTimeline } from './components/HistoryTimeline';
import { ServiceClocks } from './components/ServiceClocks';
import { WorkOrderActionBar } from './components/WorkOrderActionBar';
import { WorkOrderFields } from './components/WorkOrderFields';
import { useWorkOrder } from './hooks/useWorkOrder';
import { OnSiteRecord } from './onsite/OnSiteRecord';
import { SlipButton } from './slip/SlipDrawer';

export function WorkOrderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useSessionUser();
  const order = useWorkOrder(id);
  const listPath = hasPermission(user.roles, 'workOrders.readAll')
    ? '/work-orders'
    : '/my-work-orders';
  return (
    <DetailPage backTo={listPath} backLabel={t('workOrders.backToList')} query={order}>
      {order.data && (
        <>
          <Card>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
              <Typography.Title
                level={4}
                style={{ margin: 0 }}
                data-testid="work-order-number"
                data-number={order.data.number}
              >
                {t('workOrders.detailTitle', { number: order.data.number })}{' '}
                <StatusTag status={order.data.status} />
              </Typography.Title>
              <Flex gap={8} wrap>
                {order.data.technician?.id === user.id && (
                  <Button icon={<MobileOutlined />} onClick={() => void navigate(`/m/jobs/${id}`)}>
                    {t('workOrders.onSite.openOnPhone')}
                  </Button>
                )}
                {(order.data.status === 'taken_back' || order.data.status === 'closed') && (
                  <WorkOrderReturnLink workOrderId={order.data.id} />
                )}
                <SlipButton workOrderId={order.data.id} number={order.data.number} />
                <AppointmentButton order={order.data} />
              </Flex>
            </Flex>
            <WorkOrderFields order={order.data} />
            <div style={{ marginTop: 16 }}>
              <WorkOrderActionBar order={order.data} />
            </div>
          </Card>
          <Card title={t('workOrders.clock.title')}>
            <ServiceClocks clocks={order.data.serviceClocks} />
          </Card>
          {order.data.status !== 'new' && (
            <Card title={t('workOrders.onSite.title')}>
              <OnSiteRecord order={order.data} />
            </Card>
          )}
          <Card title={t('workOrders.history')}>
            <HistoryTimeline workOrderId={id} />
          </Card>
        </>
      )}
    </DetailPage>
  );
}
