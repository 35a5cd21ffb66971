import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../../platform/format';
import { SubmitButton, TextField } from './fields';
import type { StepFormProps } from './stepFormProps';

/** 建议更换: why replacement beats repair, with the quoted repair against the item's value. */
export function AdviseReplacementStep({ onSite, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const advice = onSite?.replacement;
  return (
    <Form<{ note: string }>
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => submit({ note: v.note.trim() })}
    >
      {advice?.repairCents != null && advice.currentValueCents != null && (
        <Alert
          type={advice.suggested ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={t('technicianApp.replacement.compare', {
            repair: formatCents(advice.repairCents),
            value: formatCents(advice.currentValueCents),
            percent: advice.thresholdPercent,
          })}
        />
      )}
      <TextField name="note" label={t('technicianApp.note')} max={1000} />
      <SubmitButton label={t('workOrderActions.advise_replacement')} isSending={isSending} />
    </Form>
  );
}

/** 仍要维修: the customer wants the repair despite the advice. */
export function RepairAnywayStep({ initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  return (
    <Form<{ note: string }>
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => submit({ note: v.note.trim() })}
    >
      <TextField name="note" label={t('technicianApp.note')} />
      <SubmitButton label={t('workOrderActions.repair_anyway')} isSending={isSending} />
    </Form>
  );
}
