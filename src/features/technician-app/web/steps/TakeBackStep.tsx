import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { SubmitButton, TextField, useRules } from './fields';
import { SignatureFields } from './SignatureFields';
import type { StepFormProps } from './stepFormProps';

interface Item {
  description: string;
  serialNumber?: string;
  condition: string;
  accessories?: string;
}
interface Values {
  items: Item[];
  signerName: string;
  signaturePng: string;
}

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** 带回: what is taken, its condition and accessories, signed for by the customer. */
export function TakeBackStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const from = initial as Partial<Values> | undefined;
  const device: Item = {
    description: job.asset?.modelName ?? job.deviceDescription,
    serialNumber: job.asset?.serialNumber,
    condition: '',
  };
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{
        items: from?.items ?? [device],
        signerName: from?.signerName ?? job.contactName,
      }}
      onFinish={(v) =>
        submit({
          items: v.items.map((item) => ({
            description: item.description.trim(),
            condition: item.condition.trim(),
            ...(trimmed(item.serialNumber) ? { serialNumber: trimmed(item.serialNumber) } : {}),
            ...(trimmed(item.accessories) ? { accessories: trimmed(item.accessories) } : {}),
          })),
          signerName: v.signerName.trim(),
          signaturePng: v.signaturePng,
        })
      }
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={t('technicianApp.takeBack.item', { n: i + 1 })}
                extra={
                  fields.length > 1 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('technicianApp.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <Form.Item
                  name={[field.name, 'description']}
                  label={t('technicianApp.takeBack.description')}
                  rules={[...rules.required, rules.max(200)]}
                >
                  <Input size="large" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'serialNumber']}
                  label={t('technicianApp.takeBack.serialNumber')}
                  rules={[rules.max(100)]}
                >
                  <Input size="large" />
                </Form.Item>
                <TextField
                  name={[field.name, 'condition']}
                  label={t('technicianApp.takeBack.condition')}
                  rows={2}
                />
                <TextField
                  name={[field.name, 'accessories']}
                  label={t('technicianApp.takeBack.accessories')}
                  isRequired={false}
                  rows={2}
                />
              </Card>
            ))}
            {fields.length < 20 && (
              <Button
                block
                size="large"
                icon={<PlusOutlined />}
                style={{ marginBottom: 16 }}
                onClick={() => add({ description: '', condition: '' })}
              >
                {t('technicianApp.takeBack.addItem')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <SignatureFields />
      <SubmitButton label={t('workOrderActions.take_back')} isSending={isSending} />
    </Form>
  );
}
