import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { addZone, type CommitmentsFormValues, removeZone } from '../commitmentsFormValues';

/** Service zones (市区, 郊县, 外地 …); the limits grid follows them row for row. */
export function ZonesEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<CommitmentsFormValues>();
  const values = () => form.getFieldsValue(true) as CommitmentsFormValues;
  const zones = Form.useWatch('zones', form) ?? [];
  return (
    <Form.List name="zones">
      {(fields) => (
        <Flex vertical gap={8}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" wrap>
              <Form.Item
                name={[field.name, 'name']}
                style={{ margin: 0 }}
                rules={[{ required: true, whitespace: true, message: t('common.required') }]}
              >
                <Input
                  placeholder={t('commitments.zoneName')}
                  maxLength={20}
                  style={{ width: 160 }}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'code']}
                style={{ margin: 0 }}
                dependencies={['zones']}
                rules={[
                  { required: true, message: t('common.required') },
                  { pattern: /^[A-Za-z0-9-]{1,20}$/, message: t('commitments.zoneCodeRule') },
                  ({ getFieldValue }) => ({
                    validator: (_, code: string) => {
                      const codes = (getFieldValue('zones') as { code?: string }[]).map((z) =>
                        z?.code?.trim().toLowerCase(),
                      );
                      const key = code?.trim().toLowerCase();
                      return key && codes.filter((c) => c === key).length > 1
                        ? Promise.reject(new Error(t('commitments.zoneCodeTaken')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input placeholder={t('commitments.zoneCode')} style={{ width: 140 }} />
              </Form.Item>
              <Button
                aria-label={t('commitments.removeZone')}
                icon={<DeleteOutlined />}
                disabled={zones.length <= 1}
                onClick={() => form.setFieldsValue(removeZone(values(), index))}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            style={{ alignSelf: 'start' }}
            disabled={fields.length >= 10}
            onClick={() => form.setFieldsValue(addZone(values()))}
          >
            {t('commitments.addZone')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
