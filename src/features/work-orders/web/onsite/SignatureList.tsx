import { Flex, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { OnSiteView } from '../../on-site.schemas';

/** The customer's consents: drawn signatures (opening large), and verbal approvals with who noted them. */
export function SignatureList({ signatures }: { signatures: OnSiteView['signatures'] }) {
  const { t } = useTranslation();
  if (signatures.length === 0)
    return <Typography.Text type="secondary">{t('slip.noSignature')}</Typography.Text>;
  return (
    <Flex wrap gap={16}>
      {signatures.map((s) => (
        <Flex
          key={s.id}
          vertical
          gap={4}
          style={{ minWidth: 180, padding: 8, border: '1px solid #f0f0f0', borderRadius: 6 }}
          data-testid="signature"
          data-purpose={s.purpose}
        >
          <Typography.Text strong>{t(`slip.purpose.${s.purpose}`)}</Typography.Text>
          {s.imageUrl ? (
            <Image
              src={s.imageUrl}
              alt={`${t('slip.signature')} ${s.signerName}`}
              height={56}
              style={{ objectFit: 'contain' }}
            />
          ) : (
            <Typography.Text type="secondary">
              {t('slip.verbal', { by: s.recordedBy.name })}
            </Typography.Text>
          )}
          <Typography.Text>
            {t('slip.signer')}：{s.signerName}
          </Typography.Text>
          <Typography.Text type="secondary">{formatDateTime(s.givenAt)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
