import { Form, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { REVISIT_REASONS, type RevisitReason } from '../../../work-orders/work-order.states';
import { SubmitButton, TextField, toInstant, toLocalInput, WindowFields } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  reason: RevisitReason;
  note: string;
  isAgreed: boolean;
  start?: string;
  end?: string;
}

/** 改日再来: why (the customer, parts, tools), and the next visit when already agreed. */
export function RevisitStep({ initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const isAgreed = Form.useWatch('isAgreed', form);
  const from = initial as Partial<Values> | undefined;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        reason: from?.reason ?? 'parts',
        note: from?.note,
        isAgreed: Boolean(from?.start),
        start: toLocalInput(from?.start),
        end: toLocalInput(from?.end),
      }}
      onFinish={(v) =>
        submit({
          reason: v.reason,
          note: v.note.trim(),
          ...(v.isAgreed && v.start && v.end
            ? { start: toInstant(v.start), end: toInstant(v.end) }
            : {}),
        })
      }
    >
      <Form.Item name="reason" label={t('technicianApp.reason')}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {REVISIT_REASONS.map((r) => (
            <Radio key={r} value={r}>
              {t(`technicianApp.revisit.reasons.${r}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <TextField name="note" label={t('technicianApp.note')} rows={2} />
      <Form.Item name="isAgreed" label={t('technicianApp.revisit.agreed')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {isAgreed && <WindowFields />}
      <SubmitButton label={t('workOrderActions.revisit')} isSending={isSending} />
    </Form>
  );
}
