import { Alert, Form, Input, InputNumber, Segmented, Skeleton, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToYuan, yuanToCents } from '../../../../platform/format';
import {
  useMyVanStock,
  usePart,
  VanPartFields,
  vanPartRequest,
  type VanPartValues,
} from '../../../inventory/web';
import { SubmitButton, useRules, YuanInput } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values extends VanPartValues {
  name: string;
  partNumber?: string;
  quantity: number;
  unitYuan: number | null;
  covered: boolean;
}

type Source = 'van' | 'manual';

/**
 * A part used on the job: picked from the technician's van stock (it leaves the van when the
 * step reaches the server), or typed in by hand for a part from elsewhere. Free under the
 * warranty's parts cover, or charged at its price (the catalogue's, unless typed).
 */
export function AddPartStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const [form] = Form.useForm<Values>();
  const van = useMyVanStock();
  const from = initial as
    (Omit<Values, 'unitYuan'> & { unitPriceCents?: number; partId?: string }) | undefined;
  const [chosen, setChosen] = useState<Source>();
  // A draft being corrected keeps its source; otherwise the van when it has parts on board.
  const source: Source =
    chosen ?? (from ? (from.partId ? 'van' : 'manual') : van.rows.length > 0 ? 'van' : 'manual');
  const partId = Form.useWatch('partId', form);
  const row = van.rows.find((r) => r.part.id === partId);
  const catalogue = usePart(source === 'van' ? partId : undefined);
  const catalogueCents = catalogue.data?.priceCents;
  useEffect(() => {
    // The catalogue price fills in for each part picked, unless a price was typed (or is the
    // one of the draft being corrected).
    const isDraftPart = from?.partId !== undefined && from.partId === partId;
    if (catalogueCents === undefined || isDraftPart || form.isFieldTouched('unitYuan')) return;
    form.setFieldValue('unitYuan', centsToYuan(catalogueCents));
  }, [catalogueCents, partId, from?.partId, form]);
  const send = (v: Values) => {
    if (source === 'manual')
      return submit({
        name: v.name.trim(),
        ...(v.partNumber?.trim() ? { partNumber: v.partNumber.trim() } : {}),
        quantity: v.quantity,
        unitPriceCents: yuanToCents(v.unitYuan ?? 0),
        covered: v.covered,
      });
    // A corrected draft's part may no longer be on board: it goes again as it was.
    const part =
      row?.part ??
      (from?.partId && from.partId === v.partId
        ? {
            id: from.partId,
            code: from.partNumber ?? '',
            name: from.name,
            unit: '',
            serialTracked: Boolean(from.serialNumber),
          }
        : undefined);
    if (!part) return;
    const picked = { ...v, serialNumber: v.serialNumber ?? from?.serialNumber };
    submit(vanPartRequest(part, picked, yuanToCents(v.unitYuan), v.covered));
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={
        from
          ? { ...from, unitYuan: centsToYuan(from.unitPriceCents) }
          : { quantity: 1, covered: job.warranty?.coverage.parts ?? false }
      }
      onFinish={send}
    >
      {van.van === null && (
        <Alert type="info" showIcon title={t('inventory.van.none')} style={{ marginBottom: 12 }} />
      )}
      {van.isUnavailable && (
        <Alert
          type="warning"
          showIcon
          title={t('inventory.van.unavailable')}
          style={{ marginBottom: 12 }}
        />
      )}
      {van.van && (
        <Form.Item>
          <Segmented<Source>
            block
            size="large"
            value={source}
            onChange={setChosen}
            options={[
              { value: 'van', label: t('inventory.van.fromVan') },
              { value: 'manual', label: t('inventory.van.manual') },
            ]}
            data-testid="part-source"
          />
        </Form.Item>
      )}
      {!chosen && !from && van.isLoading ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      ) : source === 'van' ? (
        <VanPartFields
          rows={van.rows}
          size="large"
          fallback={from?.partId ? { id: from.partId, name: from.name } : undefined}
        />
      ) : (
        <>
          <Form.Item
            name="name"
            label={t('technicianApp.parts.name')}
            rules={[...rules.required, rules.max(100)]}
          >
            <Input size="large" data-testid="part-name" />
          </Form.Item>
          <Form.Item
            name="partNumber"
            label={t('technicianApp.parts.number')}
            rules={[rules.max(100)]}
          >
            <Input size="large" />
          </Form.Item>
          <Form.Item
            name="quantity"
            label={t('technicianApp.parts.quantity')}
            rules={rules.present}
          >
            <InputNumber
              min={1}
              max={9999}
              precision={0}
              size="large"
              inputMode="numeric"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="unitYuan"
        label={t('technicianApp.parts.unitPrice')}
        extra={source === 'van' ? t('inventory.van.priceHint') : undefined}
        rules={source === 'van' ? [] : rules.present}
      >
        <YuanInput />
      </Form.Item>
      <Form.Item name="covered" label={t('technicianApp.parts.covered')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <SubmitButton label={t('technicianApp.record.addPart')} isSending={isSending} />
    </Form>
  );
}
