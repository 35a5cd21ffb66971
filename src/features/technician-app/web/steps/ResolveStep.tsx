import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { SubmitButton, TextField } from './fields';
import type { StepFormProps } from './stepFormProps';

/** 现场修复: what was done; the customer then signs for completion. */
export function ResolveStep({ initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  return (
    <Form<{ workDone: string }>
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => submit({ workDone: v.workDone.trim() })}
    >
      <TextField name="workDone" label={t('technicianApp.resolve.workDone')} max={4000} rows={4} />
      <SubmitButton label={t('workOrderActions.resolve')} isSending={isSending} />
    </Form>
  );
}
