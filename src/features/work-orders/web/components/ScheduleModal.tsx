import { Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { onSiteApi } from '../api/onSiteApi';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';

interface Values {
  range: [Dayjs, Dayjs];
  warrantyTold?: boolean;
  chargesTold?: boolean;
  note?: string;
  reason?: string;
}

const mustBeTicked = (message: string) => ({
  validator: (_: unknown, value: boolean) =>
    value ? Promise.resolve() : Promise.reject(new Error(message)),
});

/**
 * The desk books the visit on the customer's behalf: the agreed window, having told them the
 * warranty and the charges; or moves it, with the customer's reason.
 */
export function ScheduleModal({
  order,
  isReschedule,
  open,
  onClose,
}: {
  order: WorkOrderDetail;
  isReschedule: boolean;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const save = useWorkOrderAction(
    order.id,
    ({ range, ...v }: Values) => {
      const window = { start: range[0].format(), end: range[1].format() };
      return isReschedule
        ? onSiteApi.reschedule(order.id, { ...window, reason: (v.reason ?? '').trim() })
        : onSiteApi.schedule(order.id, {
            ...window,
            warrantyTold: true,
            chargesTold: true,
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          });
    },
    isReschedule ? t('workOrderActions.rescheduled') : t('workOrderActions.scheduled'),
  );
  const submit = (values: Values) =>
    save.mutate(values, {
      onSuccess: onClose,
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={
        isReschedule ? t('workOrderActions.rescheduleTitle') : t('workOrderActions.scheduleTitle')
      }
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ size: 'large', 'data-testid': 'modal-ok' }}
      cancelButtonProps={{ size: 'large' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        name={isReschedule ? 'reschedule' : 'schedule'}
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          range: order.window ? [dayjs(order.window.start), dayjs(order.window.end)] : undefined,
        }}
      >
        <Form.Item name="range" label={t('workOrderActions.visitWindow')} rules={[required]}>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        {isReschedule ? (
          <Form.Item
            name="reason"
            label={t('workOrderActions.rescheduleReason')}
            rules={[{ ...required, whitespace: true }, { max: 500 }]}
          >
            <Input.TextArea rows={3} showCount maxLength={500} />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="warrantyTold"
              valuePropName="checked"
              rules={[mustBeTicked(t('workOrderActions.mustTell'))]}
            >
              <Checkbox>{t('workOrderActions.warrantyTold')}</Checkbox>
            </Form.Item>
            <Form.Item
              name="chargesTold"
              valuePropName="checked"
              rules={[mustBeTicked(t('workOrderActions.mustTell'))]}
            >
              <Checkbox>{t('workOrderActions.chargesTold')}</Checkbox>
            </Form.Item>
            <Form.Item name="note" label={t('workOrderActions.note')} rules={[{ max: 500 }]}>
              <Input.TextArea rows={2} showCount maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
