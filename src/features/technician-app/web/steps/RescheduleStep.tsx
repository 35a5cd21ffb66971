import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { startingWindow, SubmitButton, TextField, toWindow, WindowFields } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  start: string;
  end: string;
  reason: string;
}

/** 改约: the customer is not free; a new window and why (the dispatcher is told). */
export function RescheduleStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const draft = initial as Partial<Values> | undefined;
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{ ...startingWindow(job.window, draft), reason: draft?.reason }}
      onFinish={(v) => submit({ ...toWindow(v), reason: v.reason.trim() })}
    >
      <WindowFields />
      <TextField name="reason" label={t('technicianApp.reason')} rows={2} />
      <SubmitButton label={t('workOrderActions.reschedule')} isSending={isSending} />
    </Form>
  );
}
