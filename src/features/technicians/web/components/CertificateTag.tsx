import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TechnicianCertificateView } from '../../technician-profile.schemas';

/** An expired certificate shows red with its date; a valid one green. */
export function CertificateTag({ certificate }: { certificate: TechnicianCertificateView }) {
  const { t } = useTranslation();
  const date = certificate.expiresOn;
  return (
    <Tooltip title={[certificate.name, certificate.number].filter(Boolean).join(' · ')}>
      <Tag color={certificate.expired ? 'red' : 'green'}>
        {certificate.categoryName}{' '}
        {certificate.expired
          ? t('technicians.expired', { date })
          : t('technicians.validUntil', { date })}
      </Tag>
    </Tooltip>
  );
}
