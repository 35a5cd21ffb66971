import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerView } from '../../../customers/customer.schemas';

/** Department, known contact and caller; picking a contact fills in the caller and their department. */
export function CallerFields({ customer }: { customer?: CustomerView }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name="departmentId" label={t('hotline.department')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!customer}
            placeholder={t('hotline.departmentPlaceholder')}
            options={customer?.departments.map((d) => ({ value: d.id, label: d.name }))}
            data-testid="department-select"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('hotline.contact')}>
          <Select
            allowClear
            disabled={!customer?.contacts.length}
            placeholder={t('hotline.contactPlaceholder')}
            options={customer?.contacts.map((c) => ({
              value: c.id,
              label: `${c.name} ${c.phone}`,
            }))}
            onChange={(id: string | undefined) => {
              const contact = customer?.contacts.find((c) => c.id === id);
              if (!contact) return;
              form.setFieldsValue({
                callerName: contact.name,
                callerPhone: contact.phone,
                ...(contact.departmentId ? { departmentId: contact.departmentId } : {}),
              });
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="callerName"
          label={t('hotline.callerName')}
          rules={[required, { max: 60, message: t('common.maxLength', { max: 60 }) }]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="callerPhone"
          label={t('hotline.callerPhone')}
          rules={[required, { pattern: /^[0-9+\-() ]{3,32}$/, message: t('common.phoneInvalid') }]}
        >
          <Input type="tel" />
        </Form.Item>
      </Col>
    </Row>
  );
}
