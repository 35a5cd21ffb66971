import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { inventoryApi } from '../api/inventoryApi';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { WarehouseSelect } from './WarehouseSelect';

interface Values {
  warehouseId: string;
  note?: string;
}

/** 开始盘点: the book quantities of the warehouse are taken now; the count page opens. */
export function NewStockCountModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useFormSubmit(
    form,
    (v: Values, key: string) =>
      inventoryApi.counts.create(
        { warehouseId: v.warehouseId, note: v.note?.trim() || undefined },
        key,
      ),
    (count) => {
      onClose();
      void navigate(`/stock-counts/${count.id}`);
    },
    t('inventory.counts.started'),
  );
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('inventory.counts.new')}
      okText={t('inventory.counts.start')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'modal-ok' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="new-stock-count" form={form} layout="vertical" onFinish={(v) => save.submit(v)}>
        <Form.Item
          name="warehouseId"
          label={t('inventory.stock.warehouse')}
          extra={t('inventory.counts.snapshotHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <WarehouseSelect data-testid="count-warehouse" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('inventory.note')}
          rules={[{ max: 500, message: t('common.maxLength', { max: 500 }) }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
