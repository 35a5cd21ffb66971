import { Checkbox, Flex, Form, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { LABEL_FIELDS, LABEL_GRID_LIMITS, LABEL_PRESETS } from '../../labels.schemas';

export interface LabelLayoutValues {
  columns: number;
  rows: number;
  marginMm: number;
  includeFields: (typeof LABEL_FIELDS)[number][];
  cutLines: boolean;
}

const presetKey = (p: { columns: number; rows: number; marginMm: number }) =>
  `${p.columns}x${p.rows}x${p.marginMm}`;

/** Grid, margin and contents of the sheet; a preset fills the grid for common label papers. */
export function LabelLayoutFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<LabelLayoutValues>();
  const columns = Form.useWatch('columns', form);
  const rows = Form.useWatch('rows', form);
  const marginMm = Form.useWatch('marginMm', form);
  const current = presetKey({ columns, rows, marginMm });
  const preset = LABEL_PRESETS.some((p) => presetKey(p) === current) ? current : 'custom';
  return (
    <>
      <Form.Item label={t('labels.preset')}>
        <Select
          value={preset}
          onChange={(key: string) => {
            const picked = LABEL_PRESETS.find((p) => presetKey(p) === key);
            if (picked) form.setFieldsValue({ ...picked });
          }}
          options={[
            ...LABEL_PRESETS.map((p) => ({
              value: presetKey(p),
              label: t('labels.presetValue', { ...p, count: p.columns * p.rows }),
            })),
            { value: 'custom', label: t('labels.custom'), disabled: true },
          ]}
          data-testid="label-preset"
        />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="columns" label={t('labels.columns')} rules={[{ required: true }]}>
          <InputNumber min={1} max={LABEL_GRID_LIMITS.columns} precision={0} />
        </Form.Item>
        <Form.Item name="rows" label={t('labels.rows')} rules={[{ required: true }]}>
          <InputNumber min={1} max={LABEL_GRID_LIMITS.rows} precision={0} />
        </Form.Item>
        <Form.Item name="marginMm" label={t('labels.marginMm')} rules={[{ required: true }]}>
          <InputNumber min={0} max={LABEL_GRID_LIMITS.marginMm} step={0.5} />
        </Form.Item>
      </Flex>
      <Form.Item name="includeFields" label={t('labels.fields')} extra={t('labels.fieldsHint')}>
        <Checkbox.Group
          options={LABEL_FIELDS.map((field) => ({
            value: field,
            label: t(`labels.field.${field}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="cutLines" label={t('labels.cutLines')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </>
  );
}
