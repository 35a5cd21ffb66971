import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { SignaturePad } from '../../../technician-app/web';
import { REQUIRED } from './fieldRules';

/** Who signs for the customer, and their signature drawn on the same pad as on the phone. */
export function SignatureFields({ signerLabel }: { signerLabel?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="signerName"
        label={signerLabel ?? t('technicianApp.signature.signerName')}
        {...REQUIRED}
      >
        <Input maxLength={100} data-testid="signer-name" />
      </Form.Item>
      <Form.Item name="signaturePng" label={t('technicianApp.signature.title')} {...REQUIRED}>
        <SignaturePad />
      </Form.Item>
    </>
  );
}
