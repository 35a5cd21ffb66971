import { Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShipmentView } from '../../shipment.schemas';
import { ReturnStatusTag } from '../components/ReturnStatusTag';
import { shipmentsApi } from '../api/shipmentsApi';
import { useShipmentAction } from '../hooks/useShipments';
import { useShowError } from '../../../../web/api/useShowError';

type Item = ShipmentView['items'][number];

/** What is in the parcel; while packing, a return can be taken out again. */
export function ShipmentItemsTable({
  shipment,
  canEdit,
}: {
  shipment: ShipmentView;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const action = useShipmentAction(shipment.id);
  const isPacking = canEdit && shipment.status === 'packing';
  const remove = (item: Item) =>
    action.mutate(
      {
        run: () => shipmentsApi.removeItem(shipment.id, item.repairReturnId, shipment.version),
        doneText: t('repairReturns.shipment.itemRemoved', { number: item.number }),
      },
      { onError: showError },
    );
  return (
    <Table<Item>
      rowKey="repairReturnId"
      size="small"
      pagination={false}
      dataSource={shipment.items}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('repairReturns.field.number'),
          dataIndex: 'number',
          render: (n: string, i) => (
            <>
              <Link to={`/repair-returns/${i.repairReturnId}`}>{n}</Link>{' '}
              {i.urgent && <Tag color="red">{t('repairReturns.urgent')}</Tag>}
            </>
          ),
        },
        { title: t('repairReturns.field.customer'), render: (_, i) => i.customer.name },
        {
          title: t('repairReturns.items.title'),
          render: (_, i) =>
            i.items
              .map((x) => (x.serialNumber ? `${x.description} (${x.serialNumber})` : x.description))
              .join('；'),
        },
        {
          title: t('repairReturns.test.coverage'),
          render: (_, i) => (i.coverage ? t(`repairReturns.coverage.${i.coverage}`) : '—'),
        },
        {
          title: t('repairReturns.field.status'),
          render: (_, i) => <ReturnStatusTag status={i.status} />,
        },
        ...(isPacking
          ? [
              {
                title: t('common.actions'),
                key: 'remove',
                render: (_: unknown, i: Item) => (
                  <Popconfirm
                    title={t('repairReturns.shipment.removeConfirm', { number: i.number })}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(i)}
                  >
                    <Button type="link" danger disabled={shipment.items.length <= 1}>
                      {t('repairReturns.remove')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
