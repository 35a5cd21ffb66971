import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { ServiceRequestListItem } from '../../service-request.schemas';
import { ChannelTag } from './ChannelTag';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';

/** The expanded row: the whole report, both warranty readings and what became of it. */
export function RequestDetails({ item }: { item: ServiceRequestListItem }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="request-details">
      <Descriptions.Item label={t('intake.contact')}>
        {item.contactName} {item.contactPhone}
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.device')}>
        {item.deviceDescription || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.warrantyAtIntake')}>
        <WarrantyTag warranty={item.warrantyAtIntake} />
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.warrantyToday')}>
        <WarrantyTag warranty={item.warrantyToday} />
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.fault')} span="filled">
        <span style={{ whiteSpace: 'pre-wrap' }}>{item.faultDescription}</span>
      </Descriptions.Item>
      {item.duplicates.length > 0 && (
        <Descriptions.Item label={t('intake.duplicates')} span="filled">
          <Space orientation="vertical" size={2}>
            {item.duplicates.map((d) => (
              <span key={d.id}>
                <ChannelTag channel={d.channel} /> {d.number} · {formatDateTime(d.createdAt)} ·{' '}
                {d.contactName} · {d.faultDescription.slice(0, 60)}
              </span>
            ))}
          </Space>
        </Descriptions.Item>
      )}
      {item.workOrderId && (
        <Descriptions.Item label={t('intake.workOrder')}>
          <Link to={`/work-orders/${item.workOrderId}`}>{item.workOrderNumber}</Link>
        </Descriptions.Item>
      )}
      {item.mergedIntoNumber && (
        <Descriptions.Item label={t('intake.status.merged')}>
          <Tag>{t('intake.mergedInto', { number: item.mergedIntoNumber })}</Tag>
        </Descriptions.Item>
      )}
      {item.rejectReason && (
        <Descriptions.Item label={t('intake.rejectReason')} span="filled">
          {item.rejectReason}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
