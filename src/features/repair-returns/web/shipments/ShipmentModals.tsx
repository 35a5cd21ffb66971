import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  confirmArrivalBody,
  dispatchShipmentBody,
  shipmentItemsBody,
  type ShipmentView,
} from '../../shipment.schemas';
import { shipmentsApi } from '../api/shipmentsApi';
import { SchemaFormModal } from '../components/SchemaFormModal';
import { REQUIRED } from '../dialogs/fieldRules';
import { useShipmentAction } from '../hooks/useShipments';
import { useRepairReturnList } from '../hooks/useRepairReturns';
import { shipmentCandidates } from '../lib/shipmentCandidates';
import { ReturnPicker } from './ReturnPicker';

interface Props {
  shipment: ShipmentView;
  open: boolean;
  onClose: () => void;
}

function useSend(shipment: ShipmentView) {
  const action = useShipmentAction(shipment.id);
  return (run: () => Promise<ShipmentView>, doneText: string) =>
    action.mutateAsync({ run, doneText });
}

interface DispatchValues {
  carrier?: string;
  trackingNumber?: string;
  expectedArrivalOn?: Dayjs | null;
}

/** 登记发运: the parcel leaves with a carrier; every return in it is shipped and chased. */
export function DispatchModal({ shipment, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(shipment);
  return (
    <SchemaFormModal<DispatchValues, typeof dispatchShipmentBody>
      name="dispatch-shipment"
      title={t('repairReturns.shipment.dispatchTitle', { number: shipment.number })}
      okText={t('repairReturns.shipment.dispatch')}
      open={open}
      onClose={onClose}
      schema={dispatchShipmentBody}
      toBody={(v) => ({
        version: shipment.version,
        carrier: v.carrier?.trim() ?? '',
        trackingNumber: v.trackingNumber?.trim() ?? '',
        expectedArrivalOn: v.expectedArrivalOn?.format('YYYY-MM-DD'),
      })}
      submit={(body, key) =>
        send(
          () => shipmentsApi.dispatch(shipment.id, body, key),
          t('repairReturns.shipment.dispatched'),
        )
      }
    >
      <Form.Item name="carrier" label={t('repairReturns.shipment.carrier')} {...REQUIRED}>
        <Input maxLength={100} placeholder={t('repairReturns.shipment.carrierPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="trackingNumber"
        label={t('repairReturns.shipment.trackingNumber')}
        {...REQUIRED}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="expectedArrivalOn" label={t('repairReturns.shipment.expectedArrivalOn')}>
        <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
    </SchemaFormModal>
  );
}

interface ArrivalValues {
  arrivedOn?: Dayjs | null;
  receivedByName?: string;
}

/** The vendor has the parcel: when, and who there received it. */
export function ConfirmArrivalModal({ shipment, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(shipment);
  return (
    <SchemaFormModal<ArrivalValues, typeof confirmArrivalBody>
      name="confirm-arrival"
      title={t('repairReturns.shipment.arrivalTitle', { number: shipment.number })}
      okText={t('repairReturns.shipment.confirmArrival')}
      open={open}
      onClose={onClose}
      schema={confirmArrivalBody}
      initialValues={{ arrivedOn: dayjs(), receivedByName: shipment.contact?.name }}
      toBody={(v) => ({
        version: shipment.version,
        arrivedOn: v.arrivedOn?.format('YYYY-MM-DD') ?? '',
        receivedByName: v.receivedByName?.trim() ?? '',
      })}
      submit={(body, key) =>
        send(
          () => shipmentsApi.confirmArrival(shipment.id, body, key),
          t('repairReturns.shipment.arrived'),
        )
      }
    >
      <Form.Item name="arrivedOn" label={t('repairReturns.shipment.arrivedOn')} {...REQUIRED}>
        <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="receivedByName"
        label={t('repairReturns.shipment.receivedByName')}
        {...REQUIRED}
      >
        <Input maxLength={100} />
      </Form.Item>
    </SchemaFormModal>
  );
}

const REGISTERED = { status: ['registered' as const], page: 1, pageSize: 100 };

/** More registered returns for the same vendor, while the parcel is still being packed. */
export function AddItemsModal({ shipment, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(shipment);
  const registered = useRepairReturnList(REGISTERED);
  const inParcel = new Set(shipment.items.map((i) => i.repairReturnId));
  const candidates = shipmentCandidates(registered.data?.items ?? [], shipment.vendor.id).filter(
    (r) => !inParcel.has(r.id),
  );
  return (
    <SchemaFormModal<{ repairReturnIds?: string[] }, typeof shipmentItemsBody>
      name="add-shipment-items"
      title={t('repairReturns.shipment.addItemsTitle', { number: shipment.number })}
      okText={t('repairReturns.shipment.addItems')}
      width={760}
      open={open}
      onClose={onClose}
      schema={shipmentItemsBody}
      initialValues={{ repairReturnIds: [] }}
      toBody={(v) => ({ version: shipment.version, repairReturnIds: v.repairReturnIds ?? [] })}
      submit={(body, key) =>
        send(
          () => shipmentsApi.addItems(shipment.id, body, key),
          t('repairReturns.shipment.itemsAdded'),
        )
      }
    >
      <Form.Item name="repairReturnIds" label={t('repairReturns.shipment.returns')} {...REQUIRED}>
        <ReturnPicker isLoading={registered.isFetching} items={candidates} />
      </Form.Item>
    </SchemaFormModal>
  );
}
