import { App, Button, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { CustomerView } from '../../customer.schemas';
import { customersApi } from '../api/customersApi';
import { useCustomerMutation } from '../hooks/useCustomerMutation';
import { phoneRule } from './phoneRule';

interface Values {
  name: string;
  phone: string;
  title?: string;
  departmentId?: string;
}

export function AddContactForm({ customer }: { customer: CustomerView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const add = useCustomerMutation((values: Values) =>
    customersApi.addContact(customer.id, {
      name: values.name.trim(),
      phone: values.phone.trim(),
      title: values.title?.trim() || undefined,
      departmentId: values.departmentId,
    }),
  );
  const submit = (values: Values) =>
    add.mutate(values, {
      onSuccess: () => {
        void message.success(t('customers.contactAdded'));
        form.resetFields();
      },
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Form name="add-contact" form={form} layout="vertical" onFinish={submit}>
      <Row gutter={8}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="name"
            label={t('customers.contactName')}
            rules={[required, { max: 60, message: t('common.maxLength', { max: 60 }) }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="phone"
            label={t('customers.contactPhone')}
            rules={[required, phoneRule(t)]}
          >
            <Input type="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="title"
            label={t('customers.contactTitle')}
            rules={[{ max: 60, message: t('common.maxLength', { max: 60 }) }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="departmentId" label={t('customers.department')}>
            <Select
              allowClear
              options={customer.departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t('customers.addContact')}
      </Button>
    </Form>
  );
}
