import { App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import type { CategoryView } from '../../catalog.schemas';
import { catalogApi, type CategoryInput } from '../api/catalogApi';
import { useCategoryMutation } from '../hooks/useCategoryMutation';

const DEFAULTS: CategoryInput = {
  code: '',
  name: '',
  defaultMinutes: 60,
  requiresCertificate: false,
};

/** Creates a category, or edits the one given. */
export function CategoryFormModal({
  open,
  category,
  onClose,
}: {
  open: boolean;
  category?: CategoryView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CategoryInput>();
  const { message } = App.useApp();
  const showError = useShowError();
  const idempotency = useIdempotencyKey();
  const save = useCategoryMutation((body: CategoryInput) =>
    category
      ? catalogApi.update(category.id, body)
      : catalogApi.create(body, idempotency.keyFor(body)),
  );
  useEffect(() => {
    if (open) form.setFieldsValue(category ?? DEFAULTS);
  }, [open, category, form]);
  const submit = (values: CategoryInput) =>
    save.mutate(
      { ...values, code: values.code.trim().toUpperCase(), name: values.name.trim() },
      {
        onSuccess: () => {
          idempotency.done();
          void message.success(t('common.saved'));
          form.resetFields();
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error) || showError(error),
      },
    );
  return (
    <Modal
      open={open}
      title={category ? t('catalog.edit') : t('catalog.newCategory')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="category" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="code"
          label={t('catalog.code')}
          extra={t('catalog.codeRule')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { pattern: /^[A-Za-z0-9_-]{1,16}$/, message: t('catalog.codeRule') },
          ]}
        >
          <Input style={{ textTransform: 'uppercase' }} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('catalog.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 60, message: t('common.maxLength', { max: 60 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="defaultMinutes"
          label={t('catalog.defaultMinutes')}
          extra={t('catalog.defaultMinutesHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber
            min={5}
            max={720}
            step={15}
            suffix={t('catalog.minutes')}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item
          name="requiresCertificate"
          label={t('catalog.requiresCertificate')}
          extra={t('catalog.requiresCertificateHint')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
