import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import { useCategories } from '../../../catalog/web';
import type { QuoteView } from '../../../fees/fees.schemas';
import { technicianApi, type QuoteRequest } from '../api/technicianApi';
import { QuoteSummary } from '../components/QuoteSummary';
import { useRules } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  categoryId: string;
  level: 1 | 2 | 3;
  zone: string;
  inspection: boolean;
}

/**
 * 报价: prices the job with the fee standard in effect (the warranty of the device applies, and
 * the parts recorded on the job), then asks the customer to approve it. Pricing needs the server,
 * so this step alone needs the network; the request for approval then goes through the outbox.
 */
export function QuoteStep({ job, onSite, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const categories = useCategories();
  const zones = useQuery({ queryKey: ['commitments', 'zones'], queryFn: technicianApi.zones });
  const idempotency = useIdempotencyKey();
  // Any change to the form drops the price: the customer approves exactly what was priced.
  const [priced, setPriced] = useState<{ request: QuoteRequest; quote: QuoteView } | null>(null);
  const noZone = '';

  const toRequest = (v: Values): QuoteRequest => ({
    ...(job.asset
      ? { assetId: job.asset.id }
      : { coverage: job.warranty?.coverage ?? { parts: false, labour: false, travel: false } }),
    categoryId: v.categoryId,
    level: v.level,
    travel: v.zone === noZone ? null : { zone: v.zone },
    parts: (onSite?.parts ?? [])
      .filter((p) => !p.covered)
      .map((p) => ({ name: p.name, unitPriceCents: p.unitPriceCents, quantity: p.quantity })),
    inspection: v.inspection,
    workOrderId: job.id,
  });
  const preview = useMutation({ mutationFn: technicianApi.previewQuote });
  const create = useMutation({
    mutationFn: (body: QuoteRequest) => technicianApi.createQuote(body, idempotency.keyFor(body)),
  });
  const calculate = (v: Values) => {
    const request = toRequest(v);
    preview.mutate(request, {
      onSuccess: (quote) => setPriced({ request, quote }),
      onError: showError,
    });
  };
  const requestApproval = () => {
    if (!priced) return;
    create.mutate(priced.request, {
      onSuccess: (quote) => {
        idempotency.done();
        if (quote.id) submit({ quoteId: quote.id });
      },
      onError: showError,
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        categoryId: job.categoryId ?? undefined,
        level: Math.min(3, Math.max(1, job.requiredLevel)) as 1 | 2 | 3,
        zone: 'city',
        inspection: false,
      }}
      onFinish={calculate}
      onValuesChange={() => setPriced(null)}
    >
      <Form.Item name="categoryId" label={t('technicianApp.quote.category')} rules={rules.present}>
        <Select
          size="large"
          showSearch={{ optionFilterProp: 'label' }}
          options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item name="level" label={t('technicianApp.quote.level')}>
        <Radio.Group
          optionType="button"
          size="large"
          options={([1, 2, 3] as const).map((l) => ({ value: l, label: t(`fees.level.${l}`) }))}
        />
      </Form.Item>
      <Form.Item name="zone" label={t('technicianApp.quote.travel')}>
        <Select
          size="large"
          options={[
            ...(zones.data?.content.zones ?? [{ code: 'city', name: t('fees.zone.city') }]).map(
              (z) => ({ value: z.code, label: z.name }),
            ),
            { value: noZone, label: t('technicianApp.quote.noTravel') },
          ]}
        />
      </Form.Item>
      <Form.Item name="inspection" valuePropName="checked">
        <Checkbox>{t('technicianApp.quote.inspection')}</Checkbox>
      </Form.Item>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('technicianApp.quote.partsFromJob', {
          count: (onSite?.parts ?? []).filter((p) => !p.covered).length,
        })}
      />
      <Button size="large" block htmlType="submit" loading={preview.isPending}>
        {t('technicianApp.quote.calculate')}
      </Button>
      {priced && (
        <div style={{ marginTop: 16 }}>
          <QuoteSummary quote={priced.quote} />
          <Button
            type="primary"
            size="large"
            block
            data-testid="step-submit"
            style={{ height: 52 }}
            loading={isSending || create.isPending}
            onClick={requestApproval}
          >
            {t('technicianApp.quote.requestApproval')}
          </Button>
        </div>
      )}
    </Form>
  );
}
