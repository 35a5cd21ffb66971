import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { SignaturePad } from '../components/SignaturePad';
import { useRules } from './fields';

/** Who answers for the customer: signs, says yes by phone, or declines. */
export function SignerNameField({ label }: { label: string }) {
  const rules = useRules();
  return (
    <Form.Item name="signerName" label={label} rules={[...rules.required, rules.max(100)]}>
      <Input size="large" maxLength={100} />
    </Form.Item>
  );
}

/** The customer's name and their signature, drawn and confirmed on the pad. */
export function SignatureFields() {
  const { t } = useTranslation();
  return (
    <>
      <SignerNameField label={t('technicianApp.signature.signerName')} />
      <Form.Item
        name="signaturePng"
        label={t('technicianApp.signature.title')}
        rules={[{ required: true, message: t('technicianApp.signature.missing') }]}
      >
        <SignaturePad />
      </Form.Item>
    </>
  );
}
