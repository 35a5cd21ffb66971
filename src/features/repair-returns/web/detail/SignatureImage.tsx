import { Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A customer's signature, served to signed-in staff; the browser sends the session cookie. */
export function SignatureImage({ url, signer }: { url: string | null; signer?: string }) {
  const { t } = useTranslation();
  if (!url) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Image
      src={url}
      alt={
        signer
          ? t('repairReturns.signatureOf', { name: signer })
          : t('technicianApp.signature.image')
      }
      height={80}
      style={{ background: '#fff', border: '1px solid #eee', objectFit: 'contain' }}
      data-testid="signature-image"
    />
  );
}
