import { type ButtonProps, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';

/**
 * A dialog whose one form runs one action on the order. It closes once the order has moved;
 * otherwise field errors land on their fields, others show as a toast, and the typed values stay.
 */
export function WorkOrderFormModal<TValues>({
  orderId,
  name,
  title,
  okText,
  buttonSize,
  isDanger = false,
  initialValues,
  run,
  doneText,
  open,
  onClose,
  children,
}: {
  orderId: string;
  /** The form's name, which prefixes its fields' ids. */
  name: string;
  title: string;
  okText: string;
  buttonSize?: ButtonProps['size'];
  isDanger?: boolean;
  initialValues?: Partial<TValues>;
  run: (values: TValues) => Promise<WorkOrderDetail>;
  doneText: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const showError = useShowError();
  const save = useWorkOrderAction(orderId, run, doneText);
  const submit = (values: TValues) =>
    save.mutate(values, {
      onSuccess: onClose,
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ size: buttonSize, danger: isDanger, 'data-testid': 'modal-ok' }}
      cancelButtonProps={{ size: buttonSize }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<TValues>
        name={name}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        preserve={false}
      >
        {children}
      </Form>
    </Modal>
  );
}
