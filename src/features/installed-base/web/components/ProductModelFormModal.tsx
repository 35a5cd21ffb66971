import { Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductModelView } from '../../product-model.schemas';
import { installedBaseApi } from '../api/installedBaseApi';
import type { ProductModelInput } from '../api/inputs';
import { centsToYuan, yuanToCents } from '../../../../platform/format';
import { BrandSelect, CategorySelect, PolicySelect, VendorSelect } from './ReferenceSelects';
import { useFormSubmit } from './useFormSubmit';

type Values = Omit<ProductModelInput, 'listPriceCents'> & { listPriceYuan?: number | null };

/** Creates a product model, or edits the one given. */
export function ProductModelFormModal({
  open,
  model,
  onClose,
}: {
  open: boolean;
  model?: ProductModelView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useFormSubmit<ProductModelInput, ProductModelView>(
    form,
    {
      create: installedBaseApi.models.create,
      update: model ? (body) => installedBaseApi.models.update(model.id, body) : undefined,
    },
    onClose,
  );
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (model)
      form.setFieldsValue({
        code: model.code,
        name: model.name,
        categoryId: model.category.id,
        brandId: model.brand.id,
        vendorId: model.vendor?.id ?? null,
        warrantyPolicyId: model.warrantyPolicy?.id ?? null,
        listPriceYuan: centsToYuan(model.listPriceCents),
      });
  }, [open, model, form]);
  const submit = ({ listPriceYuan, ...v }: Values) =>
    save.submit({
      ...v,
      code: v.code.trim(),
      name: v.name.trim(),
      vendorId: v.vendorId ?? null,
      warrantyPolicyId: v.warrantyPolicyId ?? null,
      listPriceCents: yuanToCents(listPriceYuan),
    });
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      width={640}
      title={model ? t('installedBase.models.edit') : t('installedBase.models.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="product-model" form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="brandId" label={t('installedBase.models.brand')} rules={[required]}>
              <BrandSelect current={model?.brand} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="code"
              label={t('installedBase.models.code')}
              rules={[
                { ...required, whitespace: true },
                { max: 60, message: t('common.maxLength', { max: 60 }) },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label={t('installedBase.models.name')}
          rules={[
            { ...required, whitespace: true },
            { max: 120, message: t('common.maxLength', { max: 120 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="categoryId"
              label={t('installedBase.models.category')}
              rules={[required]}
            >
              <CategorySelect current={model?.category} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="vendorId" label={t('installedBase.models.vendor')}>
              <VendorSelect allowClear current={model?.vendor} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="warrantyPolicyId"
              label={t('installedBase.models.warrantyPolicy')}
              extra={t('installedBase.models.warrantyPolicyHint')}
            >
              <PolicySelect allowClear current={model?.warrantyPolicy} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="listPriceYuan"
              label={t('installedBase.models.listPrice')}
              extra={t('installedBase.models.listPriceHint')}
            >
              <InputNumber
                min={0}
                max={100_000_000}
                precision={2}
                prefix="¥"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
