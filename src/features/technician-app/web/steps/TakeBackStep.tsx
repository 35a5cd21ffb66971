import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormCardList } from '../../../../web/components/FormCardList';
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
      <FormCardList
        name="items"
        max={20}
        title={(n) => t('technicianApp.takeBack.item', { n })}
        addLabel={t('technicianApp.takeBack.addItem')}
        removeLabel={t('technicianApp.remove')}
        newEntry={{ description: '', condition: '' }}
        isLarge
      >
        {(field) => (
          <>
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
          </>
        )}
      </FormCardList>
      <SignatureFields />
      <SubmitButton label={t('workOrderActions.take_back')} isSending={isSending} />
    </Form>
  );
}
