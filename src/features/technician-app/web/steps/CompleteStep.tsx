import { Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../../platform/format';
import { SubmitButton } from './fields';
import { SignatureFields } from './SignatureFields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  signerName: string;
  signaturePng: string;
}

/** 完工签字: the customer reads what was done and signs on the phone; the order closes. */
export function CompleteStep({ job, onSite, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const from = initial as Partial<Values> | undefined;
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{ signerName: from?.signerName ?? job.contactName }}
      onFinish={(v) => submit({ signerName: v.signerName.trim(), signaturePng: v.signaturePng })}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('technicianApp.job.confirmedFault')}>
          {job.confirmedFault ?? job.faultDescription}
        </Descriptions.Item>
        {job.resolution && (
          <Descriptions.Item label={t('technicianApp.resolve.workDone')}>
            {job.resolution}
          </Descriptions.Item>
        )}
        {(onSite?.parts.length ?? 0) > 0 && (
          <Descriptions.Item label={t('technicianApp.parts.title')}>
            {onSite?.parts.map((p) => `${p.name} ×${p.quantity}`).join(t('enums.listSeparator'))}
          </Descriptions.Item>
        )}
        {onSite?.quote && (
          <Descriptions.Item label={t('technicianApp.quote.charged')}>
            {formatCents(onSite.quote.totals.chargedCents)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <SignatureFields />
      <SubmitButton label={t('workOrderActions.complete')} isSending={isSending} />
    </Form>
  );
}
