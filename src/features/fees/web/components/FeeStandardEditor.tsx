import {
  Alert,
  App,
  Button,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { useCategories } from '../../../catalog/web';
import type { FeeStandardView } from '../../fees.schemas';
import { toContent, toFormValues, type FeeFormValues } from '../feeStandardFormValues';
import { usePublishStandard, useUpdateStandard } from '../hooks/useFeeStandards';
import { useServiceZones } from '../hooks/useServiceZones';
import { LabourGrid } from './LabourGrid';
import { MoneyInput } from './MoneyInput';

const LEVEL_KEYS = ['1', '2', '3'] as const;

/** One version of the fee standard: editable while a draft (for a manager), read-only after. */
export function FeeStandardEditor({
  standard,
  canManage,
}: {
  standard: FeeStandardView;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<FeeFormValues>();
  const categories = useCategories();
  const serviceZones = useServiceZones();
  const update = useUpdateStandard();
  const publish = usePublishStandard();
  const isReadOnly = !canManage || standard.status !== 'draft';
  const travelMode = Form.useWatch('travelMode', form);
  const defaults = Form.useWatch('defaultLabour', form) ?? {};

  useEffect(() => {
    form.setFieldsValue(toFormValues(standard.content, standard.effectiveFrom, standard.note));
  }, [standard, form]);

  // The commitments' zones first, then any the version prices that they no longer name.
  const zones = [
    ...serviceZones,
    ...standard.content.travel.zones
      .filter((z) => !serviceZones.some((s) => s.code === z.zone))
      .map((z) => ({ code: z.zone, name: z.zone })),
  ];
  const body = (values: FeeFormValues) => ({
    content: toContent(values),
    effectiveFrom: values.effectiveFrom,
    note: values.note?.trim() || null,
  });
  const save = (values: FeeFormValues) =>
    update.mutate(
      { id: standard.id, body: body(values) },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (error) => applyFieldErrors(form, error) || showError(error),
      },
    );
  const confirmPublish = async () => {
    const values = await form.validateFields();
    modal.confirm({
      title: t('fees.publishTitle', { version: standard.version }),
      content: t('fees.publishBody', { date: values.effectiveFrom }),
      okText: t('fees.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await update.mutateAsync({ id: standard.id, body: body(values) });
          await publish.mutateAsync({ id: standard.id, effectiveFrom: values.effectiveFrom });
          void message.success(t('fees.published'));
        } catch (error) {
          showError(error);
        }
      },
    });
  };

  return (
    <Form name="feeStandard" form={form} layout="vertical" onFinish={save} disabled={isReadOnly}>
      {standard.status === 'published' && (
        <Alert type="info" showIcon title={t('fees.frozen')} style={{ marginBottom: 16 }} />
      )}
      <Flex gap={16} wrap>
        <Form.Item
          name="effectiveFrom"
          label={t('fees.effectiveFrom')}
          rules={[{ required: true, message: t('common.required') }]}
          getValueProps={(value: string | undefined) => ({
            value: value ? dayjs(value) : undefined,
          })}
          normalize={(value: dayjs.Dayjs | null) => value?.format('YYYY-MM-DD')}
        >
          <DatePicker allowClear={false} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('fees.note')}
          style={{ flex: 1, minWidth: 240 }}
          rules={[{ max: 500, message: t('common.maxLength', { max: 500 }) }]}
        >
          <Input />
        </Form.Item>
      </Flex>

      <Divider titlePlacement="start">{t('fees.labour')}</Divider>
      <Typography.Paragraph type="secondary">{t('fees.labourHint')}</Typography.Paragraph>
      <LabourGrid categories={categories.data ?? []} isReadOnly={isReadOnly} defaults={defaults} />
      <Form.Item label={t('fees.defaultLabour')} style={{ marginTop: 16 }}>
        <Space wrap>
          {LEVEL_KEYS.map((level) => (
            <Form.Item
              key={level}
              name={['defaultLabour', level]}
              noStyle
              rules={[{ required: true, message: t('common.required') }]}
            >
              <MoneyInput width={170} placeholder={t(`fees.level.${level}`)} />
            </Form.Item>
          ))}
        </Space>
      </Form.Item>

      <Divider titlePlacement="start">{t('fees.travel')}</Divider>
      <Form.Item name="travelMode" label={t('fees.travelMode')}>
        <Radio.Group
          options={[
            { value: 'zone', label: t('fees.byZone') },
            { value: 'distance', label: t('fees.byDistance') },
          ]}
        />
      </Form.Item>
      {travelMode === 'distance' ? (
        <Space wrap align="start">
          <Form.Item name="baseYuan" label={t('fees.base')}>
            <MoneyInput />
          </Form.Item>
          <Form.Item name="perKmYuan" label={t('fees.perKm')}>
            <MoneyInput />
          </Form.Item>
          <Form.Item name="freeKm" label={t('fees.freeKm')}>
            <InputNumber
              min={0}
              max={1000}
              precision={0}
              suffix={t('fees.km')}
              style={{ width: 140 }}
            />
          </Form.Item>
        </Space>
      ) : (
        <Form.Item extra={t('fees.zonesFromCommitments')}>
          <Space wrap align="start">
            {zones.map((zone) => (
              <Form.Item key={zone.code} name={['zones', zone.code]} label={zone.name}>
                <MoneyInput />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
      )}

      <Divider titlePlacement="start">{t('fees.inspection')}</Divider>
      <Space wrap align="start">
        <Form.Item
          name="inspectionYuan"
          label={t('fees.inspection')}
          extra={t('fees.inspectionHint')}
        >
          <MoneyInput />
        </Form.Item>
        <Form.Item
          name="partsMarkupPercent"
          label={t('fees.markup')}
          extra={t('fees.markupHint')}
          rules={[{ type: 'integer', min: 0, max: 500, message: t('common.invalid') }]}
        >
          <InputNumber min={0} max={500} precision={0} suffix="%" style={{ width: 140 }} />
        </Form.Item>
      </Space>

      {!isReadOnly && (
        <Flex gap={8} justify="end">
          <Button htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button
            type="primary"
            onClick={() => void confirmPublish().catch(() => undefined)}
            loading={publish.isPending}
          >
            {t('fees.publish')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
