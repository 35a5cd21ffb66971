import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  receiveBackBody,
  returnToCustomerBody,
  type RepairReturnView,
} from '../../repair-return.schemas';
import { repairReturnsApi } from '../api/repairReturnsApi';
import { SchemaFormModal } from '../components/SchemaFormModal';
import { REQUIRED } from './fieldRules';
import { SignatureFields } from './SignatureField';
import { useStep } from './useStep';

interface Props {
  rr: RepairReturnView;
  open: boolean;
  onClose: () => void;
}

const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

interface ReceiveValues {
  outcome: 'repaired' | 'replaced' | 'refused';
  replacementSerial?: string;
  note?: string;
}

/** Back from the vendor: repaired, replaced by a new unit (its serial), or refused (why). */
export function ReceiveBackModal({ rr, open, onClose }: Props) {
  const { t } = useTranslation();
  const step = useStep(rr);
  return (
    <SchemaFormModal<ReceiveValues, typeof receiveBackBody>
      name="return-receive-back"
      title={t('repairReturns.back.title')}
      okText={t('repairReturns.action.receive_back')}
      open={open}
      onClose={onClose}
      schema={receiveBackBody}
      initialValues={{ outcome: 'repaired' }}
      toBody={(v) => ({
        version: rr.version,
        outcome: v.outcome,
        note: optional(v.note),
        replacementSerial: v.outcome === 'replaced' ? optional(v.replacementSerial) : undefined,
      })}
      submit={(body, key) =>
        step(() => repairReturnsApi.receiveBack(rr.id, body, key), t('repairReturns.back.done'))
      }
    >
      <Form.Item name="outcome" label={t('repairReturns.back.outcome')} {...REQUIRED}>
        <Radio.Group
          optionType="button"
          options={(['repaired', 'replaced', 'refused'] as const).map((o) => ({
            value: o,
            label: t(`repairReturns.outcome.${o}`),
          }))}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
        {({ getFieldValue }) => {
          const outcome = getFieldValue('outcome') as ReceiveValues['outcome'];
          return (
            <>
              {outcome === 'replaced' && (
                <Form.Item
                  name="replacementSerial"
                  label={t('repairReturns.back.replacementSerial')}
                  extra={t('repairReturns.back.replacementHelp')}
                  {...REQUIRED}
                >
                  <Input maxLength={100} />
                </Form.Item>
              )}
              <Form.Item
                name="note"
                label={
                  outcome === 'refused'
                    ? t('repairReturns.back.refusedReason')
                    : t('repairReturns.back.note')
                }
                required={outcome === 'refused'}
              >
                <Input.TextArea rows={3} showCount maxLength={1000} />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>
    </SchemaFormModal>
  );
}

interface ReturnValues {
  signerName?: string;
  signaturePng?: string;
  note?: string;
}

/** The item goes back to the customer, who signs for it; the work order closes with it. */
export function ReturnToCustomerModal({ rr, open, onClose }: Props) {
  const { t } = useTranslation();
  const step = useStep(rr);
  return (
    <SchemaFormModal<ReturnValues, typeof returnToCustomerBody>
      name="return-to-customer"
      title={t('repairReturns.returned.title')}
      okText={t('repairReturns.action.return_to_customer')}
      width={560}
      open={open}
      onClose={onClose}
      schema={returnToCustomerBody}
      toBody={(v) => ({
        version: rr.version,
        signerName: v.signerName?.trim() ?? '',
        signaturePng: v.signaturePng ?? '',
        note: optional(v.note),
      })}
      submit={(body, key) =>
        step(
          () => repairReturnsApi.returnToCustomer(rr.id, body, key),
          t('repairReturns.returned.done'),
        )
      }
    >
      <SignatureFields signerLabel={t('repairReturns.returned.signerName')} />
      <Form.Item name="note" label={t('repairReturns.returned.note')}>
        <Input.TextArea rows={2} showCount maxLength={500} />
      </Form.Item>
    </SchemaFormModal>
  );
}
