import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { TechnicianSelect } from '../../../accounts/web';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { workOrdersApi } from '../api/workOrdersApi';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';
import { RecommendationList } from './RecommendationList';

interface Values {
  technicianId: string;
  reason?: string;
}

/** Assign a new order, or reassign with a reason; the current technician is not offered again. */
export function AssignModal({
  order,
  isReassign,
  open,
  onClose,
}: {
  order: WorkOrderDetail;
  isReassign: boolean;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const technicianId = Form.useWatch('technicianId', form);
  const showError = useShowError();
  const assign = useWorkOrderAction(
    order.id,
    (values: Values) =>
      isReassign
        ? workOrdersApi.reassign(order.id, {
            technicianId: values.technicianId,
            reason: (values.reason ?? '').trim(),
          })
        : workOrdersApi.assign(order.id, { technicianId: values.technicianId }),
    isReassign ? t('workOrderActions.reassigned') : t('workOrderActions.assigned'),
  );
  const submit = (values: Values) =>
    assign.mutate(values, {
      onSuccess: () => {
        form.resetFields();
        onClose();
      },
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  return (
    <Modal
      open={open}
      title={isReassign ? t('workOrderActions.reassignTitle') : t('workOrderActions.assignTitle')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <RecommendationList
        workOrderId={order.id}
        open={open}
        excludeId={order.technician?.id}
        selectedId={technicianId}
        onPick={(id) => form.setFieldsValue({ technicianId: id })}
      />
      <Form name="assign" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="technicianId"
          label={t('workOrderActions.technician')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <TechnicianSelect size="large" excludeId={order.technician?.id} />
        </Form.Item>
        {isReassign && (
          <Form.Item
            name="reason"
            label={t('workOrderActions.reason')}
            rules={[
              { required: true, whitespace: true, message: t('common.required') },
              { max: 500, message: t('common.maxLength', { max: 500 }) },
            ]}
          >
            <Input.TextArea rows={3} showCount maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
