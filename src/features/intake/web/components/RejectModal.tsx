import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { ServiceRequestListItem } from '../../service-request.schemas';
import { intakeApi } from '../api/intakeApi';
import { useIntakeDecision } from '../hooks/useIntakeDecision';

/** 驳回: the reason goes to the reporter's tracking page, so the modal says so. */
export function RejectModal({
  item,
  onClose,
}: {
  item: ServiceRequestListItem;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useIntakeDecision((reason: string) => intakeApi.reject(item.id, reason));
  const submit = ({ reason }: { reason: string }) =>
    reject.mutate(reason.trim(), {
      onSuccess: () => {
        void message.success(t('intake.rejectDone'));
        onClose();
      },
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  return (
    <Modal
      open
      title={t('intake.rejectTitle', { number: item.number })}
      okText={t('intake.reject')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'reject-submit' }}
      confirmLoading={reject.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        title={t('intake.rejectVisible')}
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('intake.rejectLabel')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { min: 2, transform: (v: string) => v?.trim(), message: t('intake.rejectMinLength') },
            { max: 500, message: t('common.maxLength', { max: 500 }) },
          ]}
        >
          <Input.TextArea
            rows={4}
            showCount
            maxLength={500}
            placeholder={t('intake.rejectPlaceholder')}
            data-testid="reject-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
