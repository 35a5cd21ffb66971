import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { onSiteApi } from '../api/onSiteApi';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';

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
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const save = useWorkOrderAction(
    order.id,
    (v: Values) =>
      isApproval
        ? onSiteApi.approveQuote(order.id, {
            method: 'verbal',
            signerName: v.signerName.trim(),
            givenAt: (v.givenAt ?? dayjs()).format(),
          })
        : onSiteApi.declineQuote(order.id, {
            signerName: v.signerName.trim(),
            note: (v.note ?? '').trim(),
          }),
    isApproval ? t('workOrderActions.quoteApproved') : t('workOrderActions.quoteDeclined'),
  );
  const submit = (values: Values) =>
    save.mutate(values, {
      onSuccess: onClose,
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={
        isApproval
          ? t('workOrderActions.approveQuoteTitle')
          : t('workOrderActions.declineQuoteTitle')
      }
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ size: 'large', danger: !isApproval, 'data-testid': 'modal-ok' }}
      cancelButtonProps={{ size: 'large' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        name={isApproval ? 'approve-quote' : 'decline-quote'}
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ givenAt: dayjs() }}
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
      </Form>
    </Modal>
  );
}
