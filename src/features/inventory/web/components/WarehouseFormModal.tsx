import { Form, Input, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TechnicianSelect } from '../../../accounts/web';
import type { WarehouseBody, WarehouseView } from '../../inventory.schemas';
import { WAREHOUSE_KINDS } from '../../inventory.states';
import { inventoryApi } from '../api/inventoryApi';
import { useFormSubmit } from '../hooks/useFormSubmit';

type Values = WarehouseBody;

/** The body as the API takes it: a technician only for a van, blanks left out. */
function toBody(v: Values): WarehouseBody {
  const address = v.address?.trim();
  return {
    code: v.code.trim(),
    name: v.name.trim(),
    kind: v.kind,
    ...(v.kind === 'van' && v.technicianId ? { technicianId: v.technicianId } : {}),
    ...(address ? { address } : {}),
  };
}

/** Creates a warehouse — 中心库, 网点库, or a technician's 随车库 — or edits the one given. */
export function WarehouseFormModal({
  open,
  warehouse,
  onClose,
}: {
  open: boolean;
  warehouse?: WarehouseView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const save = useFormSubmit(
    form,
    (v: Values, key: string) =>
      warehouse
        ? inventoryApi.warehouses.update(warehouse.id, toBody(v))
        : inventoryApi.warehouses.create(toBody(v), key),
    onClose,
  );
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      warehouse
        ? {
            code: warehouse.code,
            name: warehouse.name,
            kind: warehouse.kind,
            technicianId: warehouse.technician?.id,
            address: warehouse.address ?? undefined,
          }
        : { kind: 'central' },
    );
  }, [open, warehouse, form]);
  const required = { required: true, whitespace: true, message: t('common.required') };
  const max = (n: number) => ({ max: n, message: t('common.maxLength', { max: n }) });
  return (
    <Modal
      open={open}
      title={warehouse ? t('inventory.warehouses.edit') : t('inventory.warehouses.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'modal-ok' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="warehouse" form={form} layout="vertical" onFinish={(v) => save.submit(v)}>
        <Form.Item name="kind" label={t('inventory.warehouses.kind')}>
          <Radio.Group
            optionType="button"
            options={WAREHOUSE_KINDS.map((k) => ({ value: k, label: t(`inventory.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="code" label={t('inventory.warehouses.code')} rules={[required, max(30)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('inventory.warehouses.name')} rules={[required, max(100)]}>
          <Input />
        </Form.Item>
        {kind === 'van' && (
          <Form.Item
            name="technicianId"
            label={t('inventory.warehouses.technician')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <TechnicianSelect />
          </Form.Item>
        )}
        <Form.Item name="address" label={t('inventory.warehouses.address')} rules={[max(300)]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
