import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The vendor's after-sales contacts, edited with the vendor; removing one cancels it. */
export function VendorContactsField() {
  const { t } = useTranslation();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <>
          <Typography.Text strong>{t('installedBase.vendors.contacts')}</Typography.Text>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="top" style={{ marginTop: 8 }}>
              <Form.Item name={[field.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Col xs={24} sm={6}>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[
                    { required: true, whitespace: true, message: t('common.required') },
                    { max: 60, message: t('common.maxLength', { max: 60 }) },
                  ]}
                >
                  <Input placeholder={t('installedBase.vendors.contactName')} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={6}>
                <Form.Item
                  name={[field.name, 'phone']}
                  rules={[{ pattern: /^[0-9+\-() ]{0,32}$/, message: t('common.phoneInvalid') }]}
                >
                  <Input placeholder={t('installedBase.phone')} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={6}>
                <Form.Item
                  name={[field.name, 'email']}
                  rules={[{ type: 'email', message: t('installedBase.emailInvalid') }]}
                >
                  <Input placeholder={t('installedBase.email')} />
                </Form.Item>
              </Col>
              <Col xs={20} sm={5}>
                <Form.Item name={[field.name, 'title']}>
                  <Input placeholder={t('installedBase.vendors.contactTitle')} maxLength={60} />
                </Form.Item>
              </Col>
              <Col xs={4} sm={1}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('installedBase.vendors.removeContact')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ name: '' })}
            style={{ marginTop: 8 }}
            block
          >
            {t('installedBase.vendors.addContact')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
