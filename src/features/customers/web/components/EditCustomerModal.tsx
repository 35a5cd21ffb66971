import { App, Form, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { CustomerView } from '../../customer.schemas';
import { customersApi, type UpdateCustomerInput } from '../api/customersApi';
import { useCustomerMutation } from '../hooks/useCustomerMutation';
import { CustomerFields } from './CustomerFields';
import { coordinatesBody } from './coordinates';

interface Values {
  name: string;
  phone?: string;
  address?: string;
  lat?: number | null;
  lng?: number | null;
}

/** Edits a customer's name, phone, address and coordinates; a blank field clears it. */
export function EditCustomerModal({
  open,
  customer,
  onClose,
}: {
  open: boolean;
  customer: CustomerView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const update = useCustomerMutation((body: UpdateCustomerInput) =>
    customersApi.update(customer.id, body),
  );
  useEffect(() => {
    if (open)
      form.setFieldsValue({
        name: customer.name,
        phone: customer.phone ?? undefined,
        address: customer.address ?? undefined,
        lat: customer.lat,
        lng: customer.lng,
      });
  }, [open, customer, form]);
  const submit = (values: Values) =>
    update.mutate(
      {
        name: values.name.trim(),
        phone: values.phone?.trim() || null,
        address: values.address?.trim() || null,
        ...coordinatesBody(values, null),
      },
      {
        onSuccess: () => {
          void message.success(t('customers.updated'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error) || showError(error),
      },
    );
  return (
    <Modal
      open={open}
      title={t('customers.editCustomer')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="edit-customer" form={form} layout="vertical" onFinish={submit}>
        <CustomerFields />
      </Form>
    </Modal>
  );
}
