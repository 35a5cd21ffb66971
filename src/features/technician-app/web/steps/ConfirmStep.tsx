import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SubmitButton, TextField } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  confirmedFault: string;
  diagnosis: string;
}

/** 确认故障: the reported fault confirmed, or corrected, with the customer; what was found. */
export function ConfirmStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const from = initial as Partial<Values> | undefined;
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{
        confirmedFault: from?.confirmedFault ?? job.confirmedFault ?? job.faultDescription,
        diagnosis: from?.diagnosis ?? job.diagnosis ?? '',
      }}
      onFinish={(v) =>
        submit({ confirmedFault: v.confirmedFault.trim(), diagnosis: v.diagnosis.trim() })
      }
    >
      <Typography.Paragraph type="secondary">
        {t('technicianApp.confirm.reported', { fault: job.faultDescription })}
      </Typography.Paragraph>
      <TextField
        name="confirmedFault"
        label={t('technicianApp.confirm.confirmedFault')}
        max={2000}
      />
      <TextField
        name="diagnosis"
        label={t('technicianApp.confirm.diagnosis')}
        max={4000}
        rows={4}
      />
      <SubmitButton label={t('workOrderActions.confirm')} isSending={isSending} />
    </Form>
  );
}
