import { Alert, Checkbox, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { centsToYuan, yuanToCents } from '../../../../platform/format';
import { SubmitButton, useRules, YuanInput } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  ticks: Record<string, boolean>;
  travelYuan?: number | null;
}

/** 到达: every item of the company's arrival checklist ticked (shoe covers on…), and the fare. */
export function ArriveStep({ onSite, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const items = onSite?.arrivalChecklist ?? [];
  const fromCents = (initial as { travelCostCents?: number } | undefined)?.travelCostCents;
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{ travelYuan: fromCents === undefined ? undefined : centsToYuan(fromCents) }}
      onFinish={(v) => {
        const cents = yuanToCents(v.travelYuan);
        submit({
          checklist: items.map((item) => ({ item, checked: Boolean(v.ticks?.[item]) })),
          ...(cents === null ? {} : { travelCostCents: cents }),
        });
      }}
    >
      <Typography.Title level={5}>{t('technicianApp.arrive.checklist')}</Typography.Title>
      {items.length === 0 && (
        <Alert type="info" showIcon title={t('technicianApp.arrive.noChecklist')} />
      )}
      {items.map((item, i) => (
        <Form.Item
          key={item}
          name={['ticks', item]}
          valuePropName="checked"
          rules={rules.ticked}
          style={{ marginBottom: 8 }}
        >
          <Checkbox data-testid={`checklist-item-${i}`} style={{ padding: '8px 0' }}>
            {item}
          </Checkbox>
        </Form.Item>
      ))}
      <Form.Item name="travelYuan" label={t('technicianApp.arrive.travelCost')}>
        <YuanInput />
      </Form.Item>
      <SubmitButton label={t('workOrderActions.arrive')} isSending={isSending} />
    </Form>
  );
}
