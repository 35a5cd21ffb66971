import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { onSiteApi } from '../api/onSiteApi';
import { WorkOrderFormModal } from './WorkOrderFormModal';

interface Values {
  signerName: string;
  givenAt?: Dayjs;
  note?: string;
}

/**
 * The customer answered the quote by phone: the desk records who said yes and when (a verbal
 * approval), or who declined and why.
 */
export function QuoteDecisionModal({
  order,
  isApproval,
  open,
  onClose,
}: {
  order: WorkOrderDetail;
  isApproval: boolean;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const run = (v: Values) =>
    isApproval
      ? onSiteApi.approveQuote(order.id, {
          method: 'verbal',
          signerName: v.signerName.trim(),
          givenAt: (v.givenAt ?? dayjs()).format(),
        })
      : onSiteApi.declineQuote(order.id, {
          signerName: v.signerName.trim(),
          note: (v.note ?? '').trim(),
        });
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <WorkOrderFormModal<Values>
      orderId={order.id}
      name={isApproval ? 'approve-quote' : 'decline-quote'}
      title={
        isApproval
          ? t('workOrderActions.approveQuoteTitle')
          : t('workOrderActions.declineQuoteTitle')
      }
      okText={t('common.confirm')}
      buttonSize="large"
      isDanger={!isApproval}
      initialValues={{ givenAt: dayjs() }}
      run={run}
      doneText={
        isApproval ? t('workOrderActions.quoteApproved') : t('workOrderActions.quoteDeclined')
      }
      open={open}
      onClose={onClose}
    >
      <Form.Item
        name="signerName"
        label={t('workOrderActions.signerName')}
        rules={[required, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      {isApproval ? (
        <Form.Item
          name="givenAt"
          label={t('workOrderActions.givenAt')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="note"
          label={t('workOrderActions.declineNote')}
          rules={[required, { max: 500 }]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
      )}
    </WorkOrderFormModal>
  );
}
