import { Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { centsToYuan, yuanToCents } from '../../../../web/lib/money';
import { SubmitButton, useRules, YuanInput } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  name: string;
  partNumber?: string;
  quantity: number;
  unitYuan: number;
  covered: boolean;
}

/** A part used on the job: free under the warranty's parts cover, or charged at its price. */
export function AddPartStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const from = initial as (Omit<Values, 'unitYuan'> & { unitPriceCents: number }) | undefined;
  return (
    <Form<Values>
      layout="vertical"
      initialValues={
        from
          ? { ...from, unitYuan: centsToYuan(from.unitPriceCents) }
          : { quantity: 1, covered: job.warranty?.coverage.parts ?? false }
      }
      onFinish={(v) =>
        submit({
          name: v.name.trim(),
          ...(v.partNumber?.trim() ? { partNumber: v.partNumber.trim() } : {}),
          quantity: v.quantity,
          unitPriceCents: yuanToCents(v.unitYuan),
          covered: v.covered,
        })
      }
    >
      <Form.Item
        name="name"
        label={t('technicianApp.parts.name')}
        rules={[...rules.required, rules.max(100)]}
      >
        <Input size="large" data-testid="part-name" />
      </Form.Item>
      <Form.Item name="partNumber" label={t('technicianApp.parts.number')} rules={[rules.max(100)]}>
        <Input size="large" />
      </Form.Item>
      <Form.Item name="quantity" label={t('technicianApp.parts.quantity')} rules={rules.present}>
        <InputNumber
          min={1}
          max={9999}
          precision={0}
          size="large"
          inputMode="numeric"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="unitYuan" label={t('technicianApp.parts.unitPrice')} rules={rules.present}>
        <YuanInput />
      </Form.Item>
      <Form.Item name="covered" label={t('technicianApp.parts.covered')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <SubmitButton label={t('technicianApp.record.addPart')} isSending={isSending} />
    </Form>
  );
}
