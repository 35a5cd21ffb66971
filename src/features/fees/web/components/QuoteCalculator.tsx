import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import { useCategories } from '../../../catalog/web';
import type { QuoteView } from '../../fees.schemas';
import { feesApi, type QuoteRequest } from '../api/feesApi';
import { yuanToCents } from '../../../../platform/format';
import { useServiceZones } from '../hooks/useServiceZones';
import { AssetSerialSelect } from './AssetSerialSelect';
import { MoneyInput } from './MoneyInput';
import { QuoteResult } from './QuoteResult';

interface CalculatorValues {
  source: 'asset' | 'manual';
  assetId?: string;
  coverage: string[];
  categoryId: string;
  level: 1 | 2 | 3;
  travelKind: 'none' | 'zone' | 'distance';
  zone?: string;
  distanceKm?: number;
  parts: { name: string; unitYuan: number; quantity: number }[];
  inspection: boolean;
}

const INITIAL: Partial<CalculatorValues> = {
  source: 'asset',
  coverage: [],
  level: 2,
  travelKind: 'zone',
  zone: 'city',
  parts: [],
  inspection: false,
};

function toRequest(v: CalculatorValues): QuoteRequest {
  const travel =
    v.travelKind === 'zone'
      ? { zone: v.zone ?? '' }
      : v.travelKind === 'distance'
        ? { distanceKm: v.distanceKm ?? 0 }
        : null;
  return {
    ...(v.source === 'asset'
      ? { assetId: v.assetId }
      : {
          coverage: {
            parts: v.coverage.includes('parts'),
            labour: v.coverage.includes('labour'),
            travel: v.coverage.includes('travel'),
          },
        }),
    categoryId: v.categoryId,
    level: v.level,
    travel,
    parts: (v.parts ?? []).map((p) => ({
      name: p.name.trim(),
      unitPriceCents: yuanToCents(p.unitYuan),
      quantity: p.quantity,
    })),
    inspection: v.inspection,
  };
}

/** 报价计算: prices a job with the standard in effect today and the warranty that applies. */
export function QuoteCalculator({ canSave }: { canSave: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<CalculatorValues>();
  const categories = useCategories();
  const zones = useServiceZones();
  const idempotency = useIdempotencyKey();
  const [quote, setQuote] = useState<QuoteView | null>(null);
  const source = Form.useWatch('source', form);
  const travelKind = Form.useWatch('travelKind', form);
  const preview = useMutation({ mutationFn: feesApi.previewQuote });
  const save = useMutation({
    mutationFn: (body: QuoteRequest) => feesApi.createQuote(body, idempotency.keyFor(body)),
  });
  const required = [{ required: true, message: t('common.required') }];
  const calculate = (values: CalculatorValues) =>
    preview.mutate(toRequest(values), { onSuccess: setQuote, onError: showError });
  const store = async () => {
    const values = await form.validateFields();
    save.mutate(toRequest(values), {
      onSuccess: (made) => {
        idempotency.done();
        setQuote(made);
        void message.success(t('fees.quoteSaved', { version: made.feeStandardVersion }));
      },
      onError: showError,
    });
  };
  const zoneName = (code: string) => zones.find((z) => z.code === code)?.name ?? code;
  const coverageOptions = (['parts', 'labour', 'travel'] as const).map((k) => ({
    value: k,
    label: t(`warranty.${k}`),
  }));

  return (
    <>
      <Form name="quote" form={form} layout="vertical" initialValues={INITIAL} onFinish={calculate}>
        <Form.Item name="source">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'asset', label: t('fees.byAsset') },
              { value: 'manual', label: t('fees.manualCoverage') },
            ]}
          />
        </Form.Item>
        {source === 'manual' ? (
          <Form.Item name="coverage" label={t('fees.coverage')}>
            <Checkbox.Group options={coverageOptions} />
          </Form.Item>
        ) : (
          <Form.Item name="assetId" label={t('fees.serial')} rules={required}>
            <AssetSerialSelect />
          </Form.Item>
        )}
        <Flex gap={16} wrap>
          <Form.Item name="categoryId" label={t('fees.category')} rules={required}>
            <Select
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="level" label={t('fees.difficulty')}>
            <Radio.Group
              options={([1, 2, 3] as const).map((l) => ({ value: l, label: t(`fees.level.${l}`) }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap align="start">
          <Form.Item name="travelKind" label={t('fees.travel')}>
            <Radio.Group
              options={[
                { value: 'zone', label: t('fees.byZone') },
                { value: 'distance', label: t('fees.byDistance') },
                { value: 'none', label: t('fees.noTravel') },
              ]}
            />
          </Form.Item>
          {travelKind === 'zone' && (
            <Form.Item name="zone" label=" " rules={required}>
              <Select
                style={{ width: 160 }}
                options={zones.map((z) => ({ value: z.code, label: z.name }))}
              />
            </Form.Item>
          )}
          {travelKind === 'distance' && (
            <Form.Item name="distanceKm" label=" " rules={required}>
              <InputNumber
                min={0}
                max={5000}
                precision={1}
                suffix={t('fees.km')}
                style={{ width: 160 }}
              />
            </Form.Item>
          )}
        </Flex>
        <Divider titlePlacement="start">{t('fees.parts')}</Divider>
        <Form.List name="parts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[
                      ...required,
                      { max: 100, message: t('common.maxLength', { max: 100 }) },
                    ]}
                  >
                    <Input placeholder={t('fees.partName')} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitYuan']} rules={required}>
                    <MoneyInput placeholder={t('fees.unitPrice')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quantity']} rules={required}>
                    <InputNumber
                      min={1}
                      max={9999}
                      precision={0}
                      placeholder={t('fees.quantity')}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.cancel')}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })}>
                {t('fees.addPart')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="inspection" valuePropName="checked" style={{ marginTop: 16 }}>
          <Checkbox>{t('fees.withInspection')}</Checkbox>
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={preview.isPending}>
            {t('fees.calculate')}
          </Button>
          {canSave && (
            <Button onClick={() => void store().catch(() => undefined)} loading={save.isPending}>
              {t('fees.saveQuote')}
            </Button>
          )}
        </Flex>
      </Form>
      {quote && (
        <>
          <Divider />
          <QuoteResult quote={quote} zoneName={zoneName} />
        </>
      )}
    </>
  );
}
