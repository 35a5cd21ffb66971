import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockRow } from '../../inventory.schemas';

/** The fields a van part adds to a work order's part form. */
export interface VanPartValues {
  partId?: string;
  quantity?: number;
  serialNumber?: string;
}

/**
 * Pick a part from the van's stock: which part (with how many are on board), then the serial
 * number of the unit used for a serial-tracked part, or the quantity for any other.
 * `fallback` names a part no longer on board (a refused draft being corrected).
 */
export function VanPartFields({
  rows,
  size,
  fallback,
  onPick,
}: {
  rows: StockRow[];
  size?: 'large' | 'middle';
  fallback?: { id: string; name: string };
  onPick?: (row: StockRow | undefined) => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<VanPartValues>();
  const partId = Form.useWatch('partId', form);
  const row = rows.find((r) => r.part.id === partId);
  const options = rows.map((r) => ({
    value: r.part.id,
    label: t('inventory.van.option', {
      code: r.part.code,
      name: r.part.name,
      quantity: r.quantity,
      unit: r.part.unit,
    }),
  }));
  if (fallback && !rows.some((r) => r.part.id === fallback.id))
    options.unshift({ value: fallback.id, label: fallback.name });
  const required = { required: true, message: t('common.required') };
  return (
    <>
      <Form.Item name="partId" label={t('inventory.van.part')} rules={[required]}>
        <Select
          size={size}
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          notFoundContent={t('inventory.van.empty')}
          onChange={(id: string) => {
            const picked = rows.find((r) => r.part.id === id);
            form.setFieldsValue({ serialNumber: undefined, quantity: 1 });
            onPick?.(picked);
          }}
          data-testid="van-part"
        />
      </Form.Item>
      {row?.part.serialTracked ? (
        <Form.Item name="serialNumber" label={t('inventory.serials.one')} rules={[required]}>
          <Select
            size={size}
            showSearch
            options={row.serialNumbers.map((serial) => ({ value: serial, label: serial }))}
            data-testid="van-serial"
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="quantity"
          label={t('inventory.stock.quantity')}
          rules={[
            required,
            {
              validator: (_, quantity: number | undefined) =>
                !row || !quantity || quantity <= row.quantity
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(t('inventory.van.notEnough', { quantity: row.quantity })),
                    ),
            },
          ]}
        >
          <InputNumber
            min={1}
            max={9999}
            precision={0}
            size={size}
            inputMode="numeric"
            suffix={row?.part.unit}
            style={{ width: '100%' }}
            data-testid="van-quantity"
          />
        </Form.Item>
      )}
    </>
  );
}
