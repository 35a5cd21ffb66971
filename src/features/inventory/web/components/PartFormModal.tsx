import { Col, Form, Input, InputNumber, Modal, Row, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogPartView } from '../../inventory.schemas';
import { inventoryApi } from '../api/inventoryApi';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { NEW_PART, partFormValues, type PartFormValues, toPartBody } from '../lib/partFormValues';
import { ModelMultiSelect } from './ModelSelect';

/** Creates a part, or edits the one given (its version guards against a concurrent edit). */
export function PartFormModal({
  open,
  part,
  onClose,
}: {
  open: boolean;
  part?: CatalogPartView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PartFormValues>();
  const save = useFormSubmit(
    form,
    (values: PartFormValues, key: string) =>
      part
        ? inventoryApi.parts.update(part.id, { ...toPartBody(values), version: part.version })
        : inventoryApi.parts.create(toPartBody(values), key),
    onClose,
  );
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(part ? partFormValues(part) : NEW_PART);
  }, [open, part, form]);
  const required = { required: true, whitespace: true, message: t('common.required') };
  const max = (n: number) => ({ max: n, message: t('common.maxLength', { max: n }) });
  return (
    <Modal
      open={open}
      width={640}
      title={part ? t('inventory.parts.edit') : t('inventory.parts.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'modal-ok' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="part" form={form} layout="vertical" onFinish={(v) => save.submit(v)}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="code" label={t('inventory.parts.code')} rules={[required, max(50)]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('inventory.parts.name')} rules={[required, max(100)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="unit" label={t('inventory.parts.unit')} rules={[max(10)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="serialTracked"
              label={t('inventory.parts.serialTracked')}
              valuePropName="checked"
            >
              <Switch disabled={Boolean(part && part.totalQuantity > 0)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="priceYuan"
              label={t('inventory.parts.price')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber
                min={0}
                max={1_000_000}
                precision={2}
                prefix="¥"
                style={{ width: '100%' }}
                data-testid="part-price"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="modelIds" label={t('inventory.parts.models')}>
          <ModelMultiSelect current={part?.models} />
        </Form.Item>
        <Form.Item name="note" label={t('inventory.note')} rules={[max(500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
