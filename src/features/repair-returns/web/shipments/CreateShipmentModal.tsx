import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { createShipmentBody } from '../../shipment.schemas';
import { shipmentsApi } from '../api/shipmentsApi';
import { SchemaFormModal } from '../components/SchemaFormModal';
import { REQUIRED } from '../dialogs/fieldRules';
import { useVendorOptions } from '../hooks/useLookups';
import { repairReturnsKey, shipmentsKey } from '../hooks/queryKeys';
import { useRepairReturnList } from '../hooks/useRepairReturns';
import { shipmentCandidates } from '../lib/shipmentCandidates';
import { ReturnPicker } from './ReturnPicker';

interface Values {
  vendorId?: string;
  vendorContactId?: string;
  shipToAddress?: string;
  repairReturnIds?: string[];
  note?: string;
}

const REGISTERED = { status: ['registered' as const], page: 1, pageSize: 100 };

/** 封装: registered returns for one vendor into one parcel; opens the new shipment. */
export function CreateShipmentModal({
  open,
  vendorId,
  onClose,
}: {
  open: boolean;
  /** The vendor to start with (from a return's "ship" button). */
  vendorId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (
    <SchemaFormModal<Values, typeof createShipmentBody>
      name="create-shipment"
      title={t('repairReturns.shipment.createTitle')}
      okText={t('repairReturns.shipment.create')}
      width={760}
      open={open}
      onClose={onClose}
      schema={createShipmentBody}
      errorFieldOf={{ SHIP_TO_ADDRESS_MISSING: 'shipToAddress' }}
      initialValues={{ vendorId, repairReturnIds: [] }}
      toBody={(v) => ({
        vendorId: v.vendorId ?? '',
        vendorContactId: v.vendorContactId || undefined,
        shipToAddress: v.shipToAddress?.trim() || undefined,
        repairReturnIds: v.repairReturnIds ?? [],
        note: v.note?.trim() || undefined,
      })}
      submit={async (body, key) => {
        const shipment = await shipmentsApi.create(body, key);
        void message.success(t('repairReturns.shipment.created', { number: shipment.number }));
        void queryClient.invalidateQueries({ queryKey: shipmentsKey });
        void queryClient.invalidateQueries({ queryKey: repairReturnsKey });
        void navigate(`/shipments/${shipment.id}`);
      }}
    >
      <ShipmentFields />
      <Form.Item name="note" label={t('repairReturns.shipment.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </SchemaFormModal>
  );
}

/** Vendor, contact, address and the returns to pack; a new vendor clears what was picked. */
function ShipmentFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const chosen = Form.useWatch('vendorId', form);
  const vendors = useVendorOptions();
  const registered = useRepairReturnList(REGISTERED);
  const vendor = vendors.data?.find((v) => v.id === chosen);
  return (
    <>
      <Form.Item name="vendorId" label={t('repairReturns.field.vendor')} {...REQUIRED}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={vendors.isFetching}
          options={(vendors.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
          onChange={() => form.setFieldsValue({ repairReturnIds: [], vendorContactId: undefined })}
          data-testid="shipment-vendor"
        />
      </Form.Item>
      <Form.Item name="vendorContactId" label={t('repairReturns.shipment.contact')}>
        <Select
          allowClear
          disabled={!vendor}
          options={(vendor?.contacts ?? []).map((c) => ({
            value: c.id,
            label: [c.name, c.phone].filter(Boolean).join(' · '),
          }))}
          data-testid="shipment-contact"
        />
      </Form.Item>
      <Form.Item
        name="shipToAddress"
        label={t('repairReturns.shipment.shipToAddress')}
        extra={
          vendor?.address
            ? t('repairReturns.shipment.defaultAddress', { address: vendor.address })
            : undefined
        }
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="repairReturnIds" label={t('repairReturns.shipment.returns')} {...REQUIRED}>
        <ReturnPicker
          isLoading={registered.isFetching}
          items={shipmentCandidates(registered.data?.items ?? [], chosen)}
        />
      </Form.Item>
    </>
  );
}
