import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { defaultPromises } from '../../default-promises.rules';
import { type CommitmentsFormValues, fromFormValues } from '../commitmentsFormValues';

/** The statements printed on slips and the public page, in the company's own words. */
export function PromisesEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<CommitmentsFormValues>();
  const regenerate = () =>
    form.setFieldValue(
      'promises',
      defaultPromises(fromFormValues(form.getFieldsValue(true) as CommitmentsFormValues)),
    );
  return (
    <Form.List name="promises">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item
                name={field.name}
                style={{ margin: 0, flex: 1 }}
                rules={[
                  { required: true, whitespace: true, message: t('common.required') },
                  { max: 200, message: t('common.maxLength', { max: 200 }) },
                ]}
              >
                <Input.TextArea autoSize maxLength={200} />
              </Form.Item>
              <Button
                aria-label={t('commitments.removePromise')}
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Flex gap={8} wrap>
            <Button icon={<PlusOutlined />} disabled={fields.length >= 20} onClick={() => add('')}>
              {t('commitments.addPromise')}
            </Button>
            <Button icon={<ThunderboltOutlined />} onClick={regenerate}>
              {t('commitments.regeneratePromises')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
