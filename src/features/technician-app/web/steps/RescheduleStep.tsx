import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { SubmitButton, TextField, toInstant, toLocalInput, WindowFields } from './fields';
import { defaultWindow } from './ScheduleStep';
import type { StepFormProps } from './stepFormProps';

interface Values {
  start: string;
  end: string;
  reason: string;
}

/** 改约: the customer is not free; a new window and why (the dispatcher is told). */
export function RescheduleStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const from = initial as Partial<Values> | undefined;
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{
        ...defaultWindow(job.window),
        ...(from && {
          start: toLocalInput(from.start),
          end: toLocalInput(from.end),
          reason: from.reason,
        }),
      }}
      onFinish={(v) =>
        submit({ start: toInstant(v.start), end: toInstant(v.end), reason: v.reason.trim() })
      }
    >
      <WindowFields />
      <TextField name="reason" label={t('technicianApp.reason')} rows={2} />
      <SubmitButton label={t('workOrderActions.reschedule')} isSending={isSending} />
    </Form>
  );
}
