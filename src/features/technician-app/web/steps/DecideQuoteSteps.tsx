import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuoteSummary } from '../components/QuoteSummary';
import { SubmitButton, TextField, toInstant, toLocalInput, useRules } from './fields';
import { SignatureFields, SignerNameField } from './SignatureFields';
import type { StepFormProps } from './stepFormProps';
import dayjs from 'dayjs';

interface ApproveValues {
  method: 'signature' | 'verbal';
  signerName: string;
  signaturePng?: string;
  givenAt?: string;
}

/**
 * 客户同意报价: the customer signs on the phone; or, when they said yes by phone, who said it
 * and when.
 */
export function ApproveQuoteStep({ job, onSite, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const [form] = Form.useForm<ApproveValues>();
  const method = Form.useWatch('method', form) ?? 'signature';
  const from = initial as Partial<ApproveValues> | undefined;
  return (
    <Form<ApproveValues>
      form={form}
      layout="vertical"
      initialValues={{
        method: from?.method ?? 'signature',
        signerName: from?.signerName ?? job.contactName,
        givenAt: toLocalInput(from?.givenAt ?? dayjs().toISOString()),
      }}
      onFinish={(v) =>
        submit(
          v.method === 'signature'
            ? { method: 'signature', signerName: v.signerName.trim(), signaturePng: v.signaturePng }
            : {
                method: 'verbal',
                signerName: v.signerName.trim(),
                givenAt: toInstant(v.givenAt ?? ''),
              },
        )
      }
    >
      {onSite?.quote && <QuoteSummary quote={onSite.quote} />}
      <Form.Item name="method">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          options={[
            { value: 'signature', label: t('technicianApp.quote.bySignature') },
            { value: 'verbal', label: t('technicianApp.quote.verbal') },
          ]}
        />
      </Form.Item>
      {method === 'signature' ? (
        <SignatureFields />
      ) : (
        <>
          <SignerNameField label={t('technicianApp.quote.whoSaidYes')} />
          <Form.Item name="givenAt" label={t('technicianApp.quote.when')} rules={rules.present}>
            <Input type="datetime-local" size="large" />
          </Form.Item>
        </>
      )}
      <SubmitButton label={t('workOrderActions.approve_quote')} isSending={isSending} />
    </Form>
  );
}

/** 客户不同意报价: who declined and why; nothing is repaired. */
export function DeclineQuoteStep({ job, onSite, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  return (
    <Form<{ signerName: string; note: string }>
      layout="vertical"
      initialValues={{ signerName: job.contactName, ...initial }}
      onFinish={(v) => submit({ signerName: v.signerName.trim(), note: v.note.trim() })}
    >
      {onSite?.quote && <QuoteSummary quote={onSite.quote} />}
      <SignerNameField label={t('technicianApp.signature.signerName')} />
      <TextField name="note" label={t('technicianApp.reason')} rows={2} />
      <SubmitButton label={t('workOrderActions.decline_quote')} isSending={isSending} />
    </Form>
  );
}
