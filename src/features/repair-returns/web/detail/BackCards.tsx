import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { RepairReturnView } from '../../repair-return.schemas';
import { SignatureImage } from './SignatureImage';

type Back = NonNullable<RepairReturnView['back']>;

/** Back from the vendor (or finished in house): how it came back. */
export function BackCard({ back }: { back: Back }) {
  const { t } = useTranslation();
  return (
    <Card title={t('repairReturns.back.card')} data-testid="back-card">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('repairReturns.back.outcome')}>
          <span data-testid="back-outcome" data-outcome={back.outcome}>
            {t(`repairReturns.outcome.${back.outcome}`)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.back.backAt')}>
          {back.backBy.name} · {formatDateTime(back.backAt)}
        </Descriptions.Item>
        {back.replacementSerial && (
          <Descriptions.Item label={t('repairReturns.back.replacementSerial')}>
            {back.replacementAsset ? (
              <Link to={`/assets/${back.replacementAsset.id}`}>{back.replacementSerial}</Link>
            ) : (
              back.replacementSerial
            )}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('repairReturns.back.note')}>
          {back.note ?? '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

type Returned = NonNullable<RepairReturnView['returned']>;

/** Given back to the customer, against their signature. */
export function ReturnedCard({ returned }: { returned: Returned }) {
  const { t } = useTranslation();
  return (
    <Card title={t('repairReturns.returned.card')} data-testid="returned-card">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('repairReturns.returned.returnedBy')}>
          {returned.returnedBy.name} · {formatDateTime(returned.returnedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.returned.signerName')}>
          {returned.signerName}
        </Descriptions.Item>
        <Descriptions.Item label={t('technicianApp.signature.title')} span={2}>
          <SignatureImage url={returned.signatureImageUrl} signer={returned.signerName} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
