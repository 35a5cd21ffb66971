import { CalendarOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { hasPermission } from '../../../accounts/roles';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { AppointmentModal } from './AppointmentModal';

/** For those who dispatch, while the order is still open. */
export function AppointmentButton({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [open, setOpen] = useState(false);
  const isOpenOrder = order.status === 'new' || order.status === 'assigned';
  if (!isOpenOrder || !hasPermission(user.roles, 'workOrders.assign')) return null;
  return (
    <>
      <Button
        icon={<CalendarOutlined />}
        onClick={() => setOpen(true)}
        data-testid="edit-appointment"
      >
        {t('dispatch.editAppointment')}
      </Button>
      <AppointmentModal order={order} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
