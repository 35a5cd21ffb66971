import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { RepairReturnView } from '../../repair-return.schemas';

/** Where the item came from: the work order, the customer, the device, who took it and when. */
export function ReturnSummary({ rr }: { rr: RepairReturnView }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
      <Descriptions.Item label={t('repairReturns.field.workOrder')}>
        <Link to={`/work-orders/${rr.workOrder.id}`} data-testid="return-work-order">
          {rr.workOrder.number}
        </Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.field.customer')}>
        {rr.customer.name}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.field.source')}>
        {t(`repairReturns.source.${rr.source}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.field.asset')}>
        {rr.asset ? <Link to={`/assets/${rr.asset.id}`}>{rr.asset.serialNumber}</Link> : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.field.takenBy')}>
        {rr.takenBy.name}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.field.takenAt')}>
        {formatDateTime(rr.takenAt)}
      </Descriptions.Item>
    </Descriptions>
  );
}
