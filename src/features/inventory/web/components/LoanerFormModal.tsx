import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanerBody } from '../../inventory.schemas';
import { inventoryApi } from '../api/inventoryApi';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { ModelSelect } from './ModelSelect';
import { WarehouseSelect } from './WarehouseSelect';

/** A new loaner unit (备用机): its own code, the model, its serial and where it is kept. */
export function LoanerFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoanerBody>();
  const save = useFormSubmit(
    form,
    (v: LoanerBody, key: string) =>
      inventoryApi.loaners.create(
        {
          ...v,
          code: v.code.trim(),
          serialNumber: v.serialNumber.trim(),
          note: v.note?.trim() || undefined,
        },
        key,
      ),
    onClose,
  );
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const required = { required: true, whitespace: true, message: t('common.required') };
  const max = (n: number) => ({ max: n, message: t('common.maxLength', { max: n }) });
  return (
    <Modal
      open={open}
      title={t('inventory.loaners.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'modal-ok' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="loaner" form={form} layout="vertical" onFinish={(v) => save.submit(v)}>
        <Form.Item name="code" label={t('inventory.loaners.code')} rules={[required, max(30)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="modelId"
          label={t('inventory.loaners.model')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <ModelSelect />
        </Form.Item>
        <Form.Item
          name="serialNumber"
          label={t('inventory.loaners.serialNumber')}
          rules={[required, max(100)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="warehouseId"
          label={t('inventory.loaners.warehouse')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <WarehouseSelect />
        </Form.Item>
        <Form.Item name="note" label={t('inventory.note')} rules={[max(500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
