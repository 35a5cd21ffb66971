import { DatePicker, Form, InputNumber, Modal, Segmented, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { workOrdersApi } from '../api/workOrdersApi';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';

interface Values {
  range: [Dayjs, Dayjs];
  agreed: boolean;
  estimatedMinutes?: number | null;
  requiredLevel: number;
}

const initialValues = (order: WorkOrderDetail): Partial<Values> => ({
  range: order.window ? [dayjs(order.window.start), dayjs(order.window.end)] : undefined,
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
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const save = useWorkOrderAction(
    order.id,
    (values: Values) =>
      workOrdersApi.setAppointment(order.id, {
        start: values.range[0].format(),
        end: values.range[1].format(),
        agreed: values.agreed,
        requiredLevel: values.requiredLevel,
        ...(values.estimatedMinutes ? { estimatedMinutes: values.estimatedMinutes } : {}),
      }),
    t('dispatch.appointmentSaved'),
  );
  const submit = (values: Values) =>
    save.mutate(values, {
      onSuccess: onClose,
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  return (
    <Modal
      open={open}
      title={t('dispatch.appointmentTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        name="appointment"
        form={form}
        layout="vertical"
        initialValues={initialValues(order)}
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          name="range"
          label={t('dispatch.appointmentTime')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
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
      </Form>
    </Modal>
  );
}
