import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { SubmitButton, TextField } from './fields';
import type { StepFormProps } from './stepFormProps';

/** Solved over the phone: closed without a visit, with what was done. */
export function CloseStep({ initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  return (
    <Form<{ resolution: string }>
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => submit({ resolution: v.resolution.trim() })}
    >
      <TextField name="resolution" label={t('workOrderActions.resolution')} max={4000} rows={4} />
      <SubmitButton label={t('workOrderActions.close')} isSending={isSending} />
    </Form>
  );
}
