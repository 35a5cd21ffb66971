import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandView } from '../../brand-vendor.schemas';
import { installedBaseApi } from '../api/installedBaseApi';
import type { BrandInput } from '../api/inputs';
import { useFormSubmit } from './useFormSubmit';

/** Creates a brand, or renames the one given. */
export function BrandFormModal({
  open,
  brand,
  onClose,
}: {
  open: boolean;
  brand?: BrandView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BrandInput>();
  const save = useFormSubmit<BrandInput, BrandView>(
    form,
    {
      create: installedBaseApi.brands.create,
      update: brand ? (body) => installedBaseApi.brands.update(brand.id, body) : undefined,
    },
    onClose,
  );
  useEffect(() => {
    if (open) form.setFieldsValue({ name: brand?.name ?? '' });
  }, [open, brand, form]);
  return (
    <Modal
      open={open}
      title={brand ? t('installedBase.brands.edit') : t('installedBase.brands.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form
        name="brand"
        form={form}
        layout="vertical"
        onFinish={(values) => save.submit({ name: values.name.trim() })}
      >
        <Form.Item
          name="name"
          label={t('installedBase.brands.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 60, message: t('common.maxLength', { max: 60 }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
