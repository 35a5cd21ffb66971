import { App, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { customersApi } from '../api/customersApi';
import { useCustomerMutation } from '../hooks/useCustomerMutation';
import { phoneRule } from './phoneRule';

interface Values {
  name: string;
  phone?: string;
}

export function AddDepartmentForm({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const add = useCustomerMutation((values: Values) =>
    customersApi.addDepartment(customerId, {
      name: values.name.trim(),
      phone: values.phone?.trim() || undefined,
    }),
  );
  const submit = (values: Values) =>
    add.mutate(values, {
      onSuccess: () => {
        void message.success(t('customers.departmentAdded'));
        form.resetFields();
      },
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  return (
    <Form name="add-department" form={form} onFinish={submit}>
      <Flex gap={8} wrap align="start">
        <Form.Item
          name="name"
          style={{ flex: '1 1 160px', marginBottom: 8 }}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 60, message: t('common.maxLength', { max: 60 }) },
          ]}
        >
          <Input
            placeholder={t('customers.departmentName')}
            aria-label={t('customers.departmentName')}
          />
        </Form.Item>
        <Form.Item
          name="phone"
          style={{ flex: '1 1 140px', marginBottom: 8 }}
          rules={[phoneRule(t)]}
        >
          <Input
            placeholder={t('customers.departmentPhone')}
            aria-label={t('customers.departmentPhone')}
            type="tel"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('customers.addDepartment')}
        </Button>
      </Flex>
    </Form>
  );
}
