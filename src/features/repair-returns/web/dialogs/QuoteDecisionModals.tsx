import { DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../../platform/format';
import {
  returnApproveQuoteBody,
  returnDeclineQuoteBody,
  type RepairReturnView,
} from '../../repair-return.schemas';
import { repairReturnsApi } from '../api/repairReturnsApi';
import { SchemaFormModal } from '../components/SchemaFormModal';
import { REQUIRED } from './fieldRules';
import { SignatureFields } from './SignatureField';
import { useStep } from './useStep';

interface ApproveValues {
  method: 'signature' | 'verbal';
  signerName?: string;
  signaturePng?: string;
  givenAt?: Dayjs | null;
}

interface Props {
  rr: RepairReturnView;
  open: boolean;
  onClose: () => void;
}

function QuoteLine({ rr }: { rr: RepairReturnView }) {
  const { t } = useTranslation();
  return (
    <Typography.Paragraph>
      {t('repairReturns.quote.amount', { amount: formatCents(rr.test?.quoteCents ?? null) })}
    </Typography.Paragraph>
  );
}

/** The customer accepts the quote: signed on the pad, or a yes given by phone (who, when). */
export function ApproveQuoteModal({ rr, open, onClose }: Props) {
  const { t } = useTranslation();
  const step = useStep(rr);
  return (
    <SchemaFormModal<ApproveValues, typeof returnApproveQuoteBody>
      name="return-approve-quote"
      title={t('repairReturns.quote.approveTitle')}
      okText={t('repairReturns.quote.approve')}
      width={560}
      open={open}
      onClose={onClose}
      schema={returnApproveQuoteBody}
      initialValues={{ method: 'signature', givenAt: dayjs() }}
      toBody={(v) =>
        v.method === 'signature'
          ? {
              version: rr.version,
              method: 'signature',
              signerName: v.signerName?.trim() ?? '',
              signaturePng: v.signaturePng ?? '',
            }
          : {
              version: rr.version,
              method: 'verbal',
              signerName: v.signerName?.trim() ?? '',
              givenAt: v.givenAt?.format() ?? '',
            }
      }
      submit={(body, key) =>
        step(
          () => repairReturnsApi.approveQuote(rr.id, body, key),
          t('repairReturns.quote.approved'),
        )
      }
    >
      <QuoteLine rr={rr} />
      <Form.Item name="method" label={t('repairReturns.quote.method')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'signature', label: t('repairReturns.quote.bySignature') },
            { value: 'verbal', label: t('repairReturns.quote.verbal') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.method !== b.method}>
        {({ getFieldValue }) =>
          getFieldValue('method') === 'verbal' ? (
            <>
              <Form.Item
                name="signerName"
                label={t('technicianApp.signature.signerName')}
                {...REQUIRED}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="givenAt" label={t('repairReturns.quote.givenAt')} {...REQUIRED}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  disabledDate={(day) => day.isAfter(dayjs(), 'day')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </>
          ) : (
            <SignatureFields />
          )
        }
      </Form.Item>
    </SchemaFormModal>
  );
}

interface DeclineValues {
  signerName?: string;
  note?: string;
}

/** The customer will not pay: the item goes back unrepaired. */
export function DeclineQuoteModal({ rr, open, onClose }: Props) {
  const { t } = useTranslation();
  const step = useStep(rr);
  return (
    <SchemaFormModal<DeclineValues, typeof returnDeclineQuoteBody>
      name="return-decline-quote"
      title={t('repairReturns.quote.declineTitle')}
      okText={t('repairReturns.quote.decline')}
      isDanger
      open={open}
      onClose={onClose}
      schema={returnDeclineQuoteBody}
      toBody={(v) => ({
        version: rr.version,
        signerName: v.signerName?.trim() ?? '',
        note: v.note?.trim() ?? '',
      })}
      submit={(body, key) =>
        step(
          () => repairReturnsApi.declineQuote(rr.id, body, key),
          t('repairReturns.quote.declined'),
        )
      }
    >
      <QuoteLine rr={rr} />
      <Form.Item name="signerName" label={t('technicianApp.signature.signerName')} {...REQUIRED}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t('repairReturns.quote.declineNote')} {...REQUIRED}>
        <Input.TextArea rows={3} showCount maxLength={500} />
      </Form.Item>
    </SchemaFormModal>
  );
}
