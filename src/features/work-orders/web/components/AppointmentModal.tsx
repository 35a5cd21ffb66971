import { Form, InputNumber, Segmented, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { workOrdersApi } from '../api/workOrdersApi';
import {
  fromVisitRange,
  toVisitRange,
  type VisitRange,
  VisitWindowField,
} from './VisitWindowField';
import { WorkOrderFormModal } from './WorkOrderFormModal';

interface Values {
  range: VisitRange;
  agreed: boolean;
  estimatedMinutes?: number | null;
  requiredLevel: number;
}

const initialValues = (order: WorkOrderDetail): Partial<Values> => ({
  range: toVisitRange(order.window),
  agreed: order.window?.agreed ?? false,
  estimatedMinutes: order.estimatedMinutes,
  requiredLevel: order.requiredLevel,
});

/** The visit window (agreed = hard for planning), the minutes on site and the skill level needed. */
export function AppointmentModal({
  order,
  open,
  onClose,
}: {
  order: WorkOrderDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const run = (values: Values) =>
    workOrdersApi.setAppointment(order.id, {
      ...fromVisitRange(values.range),
      agreed: values.agreed,
      requiredLevel: values.requiredLevel,
      ...(values.estimatedMinutes ? { estimatedMinutes: values.estimatedMinutes } : {}),
    });
  return (
    <WorkOrderFormModal<Values>
      orderId={order.id}
      name="appointment"
      title={t('dispatch.appointmentTitle')}
      okText={t('common.save')}
      initialValues={initialValues(order)}
      run={run}
      doneText={t('dispatch.appointmentSaved')}
      open={open}
      onClose={onClose}
    >
      <VisitWindowField label={t('dispatch.appointmentTime')} />
      <Form.Item
        name="agreed"
        label={t('dispatch.agreed')}
        extra={t('dispatch.agreedHelp')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item name="estimatedMinutes" label={t('dispatch.estimatedMinutes')}>
        <InputNumber min={5} max={1440} step={15} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="requiredLevel" label={t('dispatch.requiredLevel')}>
        <Segmented options={[1, 2, 3]} />
      </Form.Item>
    </WorkOrderFormModal>
  );
}
