import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import type { CustomerView } from '../../customer.schemas';
import { customersApi, type CreateCustomerInput } from '../api/customersApi';
import { useCustomerMutation } from '../hooks/useCustomerMutation';
import { CustomerFields } from './CustomerFields';
import { coordinatesBody } from './coordinates';

interface Values {
  name: string;
  phone?: string;
  address?: string;
  lat?: number | null;
  lng?: number | null;
  departments?: string;
}

export function CreateCustomerModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (customer: CustomerView) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const idempotency = useIdempotencyKey();
  const create = useCustomerMutation((body: CreateCustomerInput) =>
    customersApi.create(body, idempotency.keyFor(body)),
  );
  const submit = (values: Values) =>
    create.mutate(
      {
        name: values.name.trim(),
        phone: values.phone?.trim() || undefined,
        address: values.address?.trim() || undefined,
        ...coordinatesBody(values, undefined),
        departments: (values.departments ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      },
      {
        onSuccess: (customer) => {
          idempotency.done();
          void message.success(t('customers.created'));
          form.resetFields();
          onCreated(customer);
        },
        onError: (error) => applyFieldErrors(form, error) || showError(error),
      },
    );
  return (
    <Modal
      open={open}
      title={t('customers.newCustomer')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="create-customer" form={form} layout="vertical" onFinish={submit}>
        <CustomerFields />
        <Form.Item
          name="departments"
          label={t('customers.departments')}
          extra={t('customers.departmentsHint')}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
