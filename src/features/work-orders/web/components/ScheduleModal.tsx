import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { onSiteApi } from '../api/onSiteApi';
import {
  fromVisitRange,
  toVisitRange,
  type VisitRange,
  VisitWindowField,
} from './VisitWindowField';
import { WorkOrderFormModal } from './WorkOrderFormModal';

interface Values {
  range: VisitRange;
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
  const run = ({ range, ...v }: Values) =>
    isReschedule
      ? onSiteApi.reschedule(order.id, {
          ...fromVisitRange(range),
          reason: (v.reason ?? '').trim(),
        })
      : onSiteApi.schedule(order.id, {
          ...fromVisitRange(range),
          warrantyTold: true,
          chargesTold: true,
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        });
  return (
    <WorkOrderFormModal<Values>
      orderId={order.id}
      name={isReschedule ? 'reschedule' : 'schedule'}
      title={
        isReschedule ? t('workOrderActions.rescheduleTitle') : t('workOrderActions.scheduleTitle')
      }
      okText={t('common.confirm')}
      buttonSize="large"
      initialValues={{ range: toVisitRange(order.window) }}
      run={run}
      doneText={isReschedule ? t('workOrderActions.rescheduled') : t('workOrderActions.scheduled')}
      open={open}
      onClose={onClose}
    >
      <VisitWindowField label={t('workOrderActions.visitWindow')} />
      {isReschedule ? (
        <Form.Item
          name="reason"
          label={t('workOrderActions.rescheduleReason')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 500 },
          ]}
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
    </WorkOrderFormModal>
  );
}
