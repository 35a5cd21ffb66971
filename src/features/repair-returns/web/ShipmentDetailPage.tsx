import { FileTextOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { DetailPage } from '../../../web/components/DetailPage';
import { formatDateTime } from '../../../web/lib/formatDateTime';
import { hasPermission } from '../../accounts/roles';
import type { ShipmentView } from '../shipment.schemas';
import { ShipmentStatusTag } from './components/ReturnStatusTag';
import { useShipment } from './hooks/useShipments';
import { ShipmentItemsTable } from './shipments/ShipmentItemsTable';
import { AddItemsModal, ConfirmArrivalModal, DispatchModal } from './shipments/ShipmentModals';

type Dialog = 'add' | 'dispatch' | 'arrival' | null;

function ShipmentFacts({ shipment: s }: { shipment: ShipmentView }) {
  const { t } = useTranslation();
  const by = (who: { name: string } | null, at: string | null) =>
    who ? `${who.name} · ${formatDateTime(at)}` : '—';
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
      <Descriptions.Item label={t('repairReturns.field.vendor')}>{s.vendor.name}</Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.shipment.contact')}>
        {s.contact ? [s.contact.name, s.contact.phone].filter(Boolean).join(' · ') : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.shipment.shipToAddress')}>
        {s.shipToAddress}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.shipment.carrier')}>
        {s.carrier ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.shipment.trackingNumber')}>
        <span data-testid="tracking-number">{s.trackingNumber ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.shipment.expectedArrivalOn')}>
        {s.expectedArrivalOn ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.shipment.createdBy')}>
        {by(s.createdBy, s.createdAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.shipment.shippedBy')}>
        {by(s.shippedBy, s.shippedAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('repairReturns.shipment.arrivedOn')}>
        {s.arrivedOn
          ? `${s.arrivedOn} · ${t('repairReturns.shipment.receivedBy', { name: s.receivedByName ?? '' })}`
          : '—'}
      </Descriptions.Item>
      {s.note && (
        <Descriptions.Item label={t('repairReturns.shipment.note')}>{s.note}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** One parcel to a vendor: what is in it, its papers, and dispatch and arrival. */
export function ShipmentDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useShipment(id);
  const canShip = hasPermission(useSessionUser().roles, 'repairReturns.ship');
  const [dialog, setDialog] = useState<Dialog>(null);
  const s = query.data;
  return (
    <DetailPage
      backTo={'/shipments'}
      backLabel={t('repairReturns.shipment.backToList')}
      query={query}
    >
      {s && (
        <>
          <Card>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
              <Typography.Title
                level={4}
                style={{ margin: 0 }}
                data-testid="shipment-number"
                data-number={s.number}
              >
                {t('repairReturns.shipment.detailTitle', { number: s.number })}{' '}
                <ShipmentStatusTag status={s.status} />
              </Typography.Title>
              <Flex gap={8} wrap>
                <Button
                  icon={<PrinterOutlined />}
                  href={s.labelPdfUrl}
                  target="_blank"
                  rel="noopener"
                  data-testid="print-shipping-label"
                >
                  {t('repairReturns.shipment.printLabel')}
                </Button>
                <Button
                  icon={<FileTextOutlined />}
                  href={s.packingListPdfUrl}
                  target="_blank"
                  rel="noopener"
                  data-testid="print-packing-list"
                >
                  {t('repairReturns.shipment.printPackingList')}
                </Button>
              </Flex>
            </Flex>
            <ShipmentFacts shipment={s} />
            <Flex gap={8} wrap style={{ marginTop: 8 }}>
              {canShip && s.status === 'packing' && (
                <>
                  <Button onClick={() => setDialog('add')} data-testid="add-items">
                    {t('repairReturns.shipment.addItems')}
                  </Button>
                  <Button
                    type="primary"
                    onClick={() => setDialog('dispatch')}
                    data-testid="dispatch"
                  >
                    {t('repairReturns.shipment.dispatch')}
                  </Button>
                </>
              )}
              {canShip && s.status === 'shipped' && (
                <Button
                  type="primary"
                  onClick={() => setDialog('arrival')}
                  data-testid="confirm-arrival"
                >
                  {t('repairReturns.shipment.confirmArrival')}
                </Button>
              )}
            </Flex>
          </Card>
          <Card title={t('repairReturns.shipment.items', { count: s.items.length })}>
            <ShipmentItemsTable shipment={s} canEdit={canShip} />
          </Card>
          <AddItemsModal shipment={s} open={dialog === 'add'} onClose={() => setDialog(null)} />
          <DispatchModal
            shipment={s}
            open={dialog === 'dispatch'}
            onClose={() => setDialog(null)}
          />
          <ConfirmArrivalModal
            shipment={s}
            open={dialog === 'arrival'}
            onClose={() => setDialog(null)}
          />
        </>
      )}
    </DetailPage>
  );
}
