import { Button, Card, Descriptions, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { RepairReturnView } from '../../repair-return.schemas';
import { ChaseDue } from '../components/ChaseDue';
import { ShipmentStatusTag } from '../components/ReturnStatusTag';

/**
 * 物品关注: the vendor, the parcel it went in, the days away and every chase made, with
 * "record chase" while the item is on its way or at the vendor.
 */
export function VendorCard({
  rr,
  canChase,
  onChase,
}: {
  rr: RepairReturnView;
  canChase: boolean;
  onChase: () => void;
}) {
  const { t } = useTranslation();
  const isChased = rr.status === 'shipped' || rr.status === 'at_vendor';
  return (
    <Card
      title={t('repairReturns.vendor.card')}
      data-testid="vendor-card"
      extra={
        canChase &&
        isChased && (
          <Button type="primary" onClick={onChase} data-testid="record-chase">
            {t('repairReturns.chase.record')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('repairReturns.field.vendor')}>
          {rr.vendor?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.vendor.shipment')}>
          {rr.shipment ? (
            <Flex gap={4} wrap>
              <Link to={`/shipments/${rr.shipment.id}`}>{rr.shipment.number}</Link>
              <ShipmentStatusTag status={rr.shipment.status} />
              {rr.shipment.carrier && (
                <Typography.Text type="secondary">
                  {rr.shipment.carrier} {rr.shipment.trackingNumber}
                </Typography.Text>
              )}
            </Flex>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.vendor.shippedAt')}>
          {formatDateTime(rr.shippedAt) || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.vendor.atVendorAt')}>
          {formatDateTime(rr.atVendorAt) || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.field.daysAtVendor')}>
          {rr.daysAtVendor === null ? '—' : t('repairReturns.days', { count: rr.daysAtVendor })}
        </Descriptions.Item>
        {rr.chase && (
          <>
            <Descriptions.Item label={t('repairReturns.chase.cadence')}>
              {t('repairReturns.chase.everyDays', { count: rr.chase.cadenceDays })}
            </Descriptions.Item>
            <Descriptions.Item label={t('repairReturns.field.nextChaseAt')}>
              <ChaseDue nextChaseAt={rr.chase.nextChaseAt} isOverdue={rr.chase.overdue} />
            </Descriptions.Item>
            <Descriptions.Item label={t('repairReturns.chase.promisedOn')}>
              {rr.chase.promisedOn ?? '—'}
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
      <Typography.Title level={5}>{t('repairReturns.chase.history')}</Typography.Title>
      {rr.chases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('repairReturns.chase.none')} />
      ) : (
        <Timeline
          data-testid="chase-timeline"
          items={rr.chases.map((c) => ({
            color: c.late ? 'red' : 'blue',
            children: (
              <div data-testid="chase-entry">
                <Typography.Text strong>{formatDateTime(c.chasedAt)}</Typography.Text>{' '}
                {c.chasedBy.name} → {c.contactName}
                {c.late && (
                  <Tag color="error" style={{ marginLeft: 8 }}>
                    {t('repairReturns.chase.late')}
                  </Tag>
                )}
                <div style={{ whiteSpace: 'pre-wrap' }}>{c.answer}</div>
                {c.promisedOn && (
                  <Typography.Text type="secondary">
                    {t('repairReturns.chase.promised', { date: c.promisedOn })}
                  </Typography.Text>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
