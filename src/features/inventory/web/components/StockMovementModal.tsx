import { Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inventoryApi } from '../api/inventoryApi';
import { useStock } from '../hooks/queries';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { type PickedPart, PartSelect } from './PartSelect';
import { type SerialEntry, SerialNumbersField, serialsOf } from './SerialNumbersField';
import { WarehouseSelect } from './WarehouseSelect';

export type StockMovementKind = 'receive' | 'transfer' | 'adjust';

/** Where the dialog starts: empty, or on one stock row (its warehouse and part). */
export interface StockMovementStart {
  kind: StockMovementKind;
  warehouseId?: string;
  part?: PickedPart;
}

interface Values {
  warehouseId: string;
  toWarehouseId?: string;
  partId: string;
  direction: 'up' | 'down';
  quantity?: number;
  serialNumbers?: SerialEntry;
  reason?: string;
}

/** The body of each kind; a serial-tracked part moves as many units as serials given. */
function send(kind: StockMovementKind, v: Values, part: PickedPart | undefined, key: string) {
  const serialNumbers = part?.serialTracked ? serialsOf(v.serialNumbers) : undefined;
  const quantity = serialNumbers ? serialNumbers.length : (v.quantity ?? 0);
  const reason = v.reason?.trim() || undefined;
  const moved = { partId: v.partId, quantity, serialNumbers, reason };
  if (kind === 'receive')
    return inventoryApi.stock.receive({ warehouseId: v.warehouseId, ...moved }, key);
  if (kind === 'transfer')
    return inventoryApi.stock.transfer(
      { fromWarehouseId: v.warehouseId, toWarehouseId: v.toWarehouseId ?? '', ...moved },
      key,
    );
  return inventoryApi.stock.adjust(
    {
      warehouseId: v.warehouseId,
      partId: v.partId,
      delta: v.direction === 'down' ? -quantity : quantity,
      serialNumbers,
      reason: reason ?? '',
    },
    key,
  );
}

/** 入库, 调拨 or 调整 (with its reason), with serial numbers for serial-tracked parts. */
export function StockMovementModal({
  start,
  onClose,
}: {
  start: StockMovementStart | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = start?.kind ?? 'receive';
  const [part, setPart] = useState<PickedPart | undefined>();
  const warehouseId = Form.useWatch('warehouseId', form);
  const direction = Form.useWatch('direction', form);
  const save = useFormSubmit(
    form,
    (v: Values, key: string) => send(kind, v, part, key),
    onClose,
    t(`inventory.stock.done.${kind}`),
  );
  useEffect(() => {
    if (!start) return;
    form.resetFields();
    form.setFieldsValue({
      warehouseId: start.warehouseId,
      partId: start.part?.id,
      direction: 'up',
      quantity: 1,
    });
    setPart(start.part);
  }, [start, form]);
  const isTakingOut = kind === 'transfer' || (kind === 'adjust' && direction === 'down');
  const source = useStock(
    { warehouseId, partId: part?.id, page: 1, pageSize: 1 },
    Boolean(start && isTakingOut && warehouseId && part),
  );
  const row = source.data?.items.find(
    (r) => r.part.id === part?.id && r.warehouse.id === warehouseId,
  );
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={start !== null}
      title={t(`inventory.stock.actions.${kind}`)}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'modal-ok' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name={`stock-${kind}`} form={form} layout="vertical" onFinish={(v) => save.submit(v)}>
        <Form.Item
          name="warehouseId"
          label={t(
            kind === 'transfer' ? 'inventory.stock.fromWarehouse' : 'inventory.stock.warehouse',
          )}
          rules={[required]}
        >
          <WarehouseSelect data-testid="movement-warehouse" />
        </Form.Item>
        {kind === 'transfer' && (
          <Form.Item
            name="toWarehouseId"
            label={t('inventory.stock.toWarehouse')}
            rules={[required]}
          >
            <WarehouseSelect excludeId={warehouseId} data-testid="movement-to-warehouse" />
          </Form.Item>
        )}
        <Form.Item name="partId" label={t('inventory.stock.part')} rules={[required]}>
          <PartSelect
            current={start?.part}
            onPick={(picked) => {
              setPart(picked);
              form.setFieldValue('serialNumbers', undefined);
            }}
            data-testid="movement-part"
          />
        </Form.Item>
        {kind === 'adjust' && (
          <Form.Item name="direction" label={t('inventory.stock.direction')}>
            <Radio.Group
              optionType="button"
              onChange={() => form.setFieldValue('serialNumbers', undefined)}
              options={[
                { value: 'up', label: t('inventory.stock.up') },
                { value: 'down', label: t('inventory.stock.down') },
              ]}
            />
          </Form.Item>
        )}
        {isTakingOut && row && (
          <Typography.Paragraph type="secondary" data-testid="on-hand">
            {t('inventory.stock.onHand', { quantity: row.quantity, unit: row.part.unit })}
          </Typography.Paragraph>
        )}
        {part?.serialTracked ? (
          <SerialNumbersField
            inStock={isTakingOut ? (row?.serialNumbers ?? []) : undefined}
            isLoading={source.isFetching}
          />
        ) : (
          <Form.Item name="quantity" label={t('inventory.stock.quantity')} rules={[required]}>
            <InputNumber
              min={1}
              max={100_000}
              precision={0}
              suffix={part?.unit}
              style={{ width: '100%' }}
              data-testid="movement-quantity"
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t(kind === 'receive' ? 'inventory.stock.receiveNote' : 'inventory.stock.reason')}
          rules={[
            ...(kind === 'adjust' ? [{ ...required, whitespace: true }] : []),
            { max: 300, message: t('common.maxLength', { max: 300 }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={300} data-testid="movement-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
