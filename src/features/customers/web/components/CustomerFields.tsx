import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CoordinateFields } from './CoordinateFields';
import { phoneRule } from './phoneRule';

/** The fields a customer is created and edited with: name, phone, address, coordinates. */
export function CustomerFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="name"
        label={t('customers.name')}
        rules={[
          { required: true, whitespace: true, message: t('common.required') },
          { max: 120, message: t('common.maxLength', { max: 120 }) },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="phone" label={t('customers.phone')} rules={[phoneRule(t)]}>
        <Input type="tel" />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('customers.address')}
        rules={[{ max: 200, message: t('common.maxLength', { max: 200 }) }]}
      >
        <Input />
      </Form.Item>
      <CoordinateFields />
    </>
  );
}
