import { Flex, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlipView } from '../../slip/slip.schemas';
import { documentTime } from '../../../../platform/format';

/** Each consent with who gave it and when: the drawn signature, or who recorded a verbal yes. */
export function SlipSignatures({ slip }: { slip: SlipView }) {
  const { t } = useTranslation();
  if (slip.signatures.length === 0)
    return <Typography.Text>{t('slip.noSignature')}</Typography.Text>;
  return (
    <Flex wrap gap={16}>
      {slip.signatures.map((s, index) => (
        <Flex
          key={index}
          vertical
          gap={4}
          style={{ minWidth: 180, padding: 8, border: '1px solid #f0f0f0', borderRadius: 6 }}
          data-testid="slip-signature"
        >
          <Typography.Text strong>{t(`slip.purpose.${s.purpose}`)}</Typography.Text>
          {s.imagePng ? (
            <Image
              src={s.imagePng}
              alt={`${t('slip.signature')} ${s.signerName}`}
              height={56}
              style={{ objectFit: 'contain' }}
            />
          ) : (
            <Typography.Text type="secondary">
              {t('slip.verbal', { by: s.recordedBy })}
            </Typography.Text>
          )}
          <Typography.Text>
            {t('slip.signer')}：{s.signerName}
          </Typography.Text>
          <Typography.Text type="secondary">
            {documentTime(s.givenAt, slip.timeZone)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
