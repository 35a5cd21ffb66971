import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  finishInHouseBody,
  handOverReturnBody,
  registerReturnBody,
  type RepairReturnView,
} from '../../repair-return.schemas';
import { repairReturnsApi } from '../api/repairReturnsApi';
import { SchemaFormModal } from '../components/SchemaFormModal';
import { useVendorOptions } from '../hooks/useLookups';
import { REQUIRED } from './fieldRules';
import { useStep } from './useStep';

interface Props {
  rr: RepairReturnView;
  open: boolean;
  onClose: () => void;
}

const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** The technician hands the tested item to the returns clerk (登记备案, first half). */
export function HandOverModal({ rr, open, onClose }: Props) {
  const { t } = useTranslation();
  const step = useStep(rr);
  return (
    <SchemaFormModal<{ note?: string }, typeof handOverReturnBody>
      name="return-hand-over"
      title={t('repairReturns.handOver.title')}
      okText={t('repairReturns.action.hand_over')}
      open={open}
      onClose={onClose}
      schema={handOverReturnBody}
      toBody={(v) => ({ version: rr.version, note: optional(v.note) })}
      submit={(body, key) =>
        step(() => repairReturnsApi.handOver(rr.id, body, key), t('repairReturns.handOver.done'))
      }
    >
      <Form.Item name="note" label={t('repairReturns.handOver.note')}>
        <Input.TextArea rows={3} showCount maxLength={500} />
      </Form.Item>
    </SchemaFormModal>
  );
}

interface RegisterValues {
  registrationNote?: string;
  storageLocation?: string;
  vendorId?: string;
}

/** The returns clerk confirms the handover and registers the item (登记备案). */
export function RegisterModal({ rr, open, onClose }: Props) {
  const { t } = useTranslation();
  const step = useStep(rr);
  const vendors = useVendorOptions();
  return (
    <SchemaFormModal<RegisterValues, typeof registerReturnBody>
      name="return-register"
      title={t('repairReturns.register.title')}
      okText={t('repairReturns.action.register')}
      open={open}
      onClose={onClose}
      schema={registerReturnBody}
      initialValues={{ vendorId: rr.vendor?.id }}
      toBody={(v) => ({
        version: rr.version,
        registrationNote: v.registrationNote?.trim() ?? '',
        storageLocation: optional(v.storageLocation),
        vendorId: v.vendorId || undefined,
      })}
      submit={(body, key) =>
        step(() => repairReturnsApi.register(rr.id, body, key), t('repairReturns.register.done'))
      }
    >
      <Form.Item
        name="registrationNote"
        label={t('repairReturns.register.registrationNote')}
        {...REQUIRED}
      >
        <Input.TextArea rows={3} showCount maxLength={2000} />
      </Form.Item>
      <Form.Item name="storageLocation" label={t('repairReturns.register.storageLocation')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="vendorId"
        label={t('repairReturns.register.vendor')}
        extra={t('repairReturns.register.vendorHelp')}
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={vendors.isFetching}
          options={(vendors.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
          data-testid="register-vendor"
        />
      </Form.Item>
    </SchemaFormModal>
  );
}

interface FinishValues {
  outcome: 'repaired' | 'no_fault_found';
  note?: string;
}

/** Repaired in the workshop, or no fault found: ready to go back without a vendor. */
export function FinishInHouseModal({ rr, open, onClose }: Props) {
  const { t } = useTranslation();
  const step = useStep(rr);
  return (
    <SchemaFormModal<FinishValues, typeof finishInHouseBody>
      name="return-finish-in-house"
      title={t('repairReturns.finishInHouse.title')}
      okText={t('repairReturns.action.finish_in_house')}
      open={open}
      onClose={onClose}
      schema={finishInHouseBody}
      initialValues={{
        outcome: rr.test?.cause === 'no_fault_found' ? 'no_fault_found' : 'repaired',
      }}
      toBody={(v) => ({ version: rr.version, outcome: v.outcome, note: v.note?.trim() ?? '' })}
      submit={(body, key) =>
        step(
          () => repairReturnsApi.finishInHouse(rr.id, body, key),
          t('repairReturns.finishInHouse.done'),
        )
      }
    >
      <Form.Item name="outcome" label={t('repairReturns.back.outcome')} {...REQUIRED}>
        <Radio.Group
          optionType="button"
          options={(['repaired', 'no_fault_found'] as const).map((o) => ({
            value: o,
            label: t(`repairReturns.outcome.${o}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('repairReturns.finishInHouse.note')} {...REQUIRED}>
        <Input.TextArea rows={3} showCount maxLength={1000} />
      </Form.Item>
    </SchemaFormModal>
  );
}
