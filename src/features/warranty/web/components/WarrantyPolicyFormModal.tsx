import { App, Checkbox, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import type { WarrantyPolicyView } from '../../warranty.schemas';
import { warrantyApi, type WarrantyPolicyInput } from '../api/warrantyApi';
import { useWarrantyPolicyMutation } from '../hooks/useWarrantyPolicies';

const DEFAULTS: WarrantyPolicyInput = {
  name: '',
  replacementDays: 15,
  repairMonths: 12,
  replacementCovers: { parts: true, labour: true, travel: true },
  repairCovers: { parts: true, labour: true, travel: false },
  note: null,
};

function CoverageChecks({ name }: { name: 'replacementCovers' | 'repairCovers' }) {
  const { t } = useTranslation();
  return (
    <Space>
      {(['parts', 'labour', 'travel'] as const).map((k) => (
        <Form.Item key={k} name={[name, k]} valuePropName="checked" noStyle>
          <Checkbox>{t(`warranty.${k}`)}</Checkbox>
        </Form.Item>
      ))}
    </Space>
  );
}

/** Creates a warranty policy, or edits the one given. */
export function WarrantyPolicyFormModal({
  open,
  policy,
  onClose,
}: {
  open: boolean;
  policy?: WarrantyPolicyView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WarrantyPolicyInput>();
  const { message } = App.useApp();
  const showError = useShowError();
  const idempotency = useIdempotencyKey();
  const save = useWarrantyPolicyMutation((body: WarrantyPolicyInput) =>
    policy
      ? warrantyApi.update(policy.id, body)
      : warrantyApi.create(body, idempotency.keyFor(body)),
  );
  useEffect(() => {
    if (open) form.setFieldsValue(policy ?? DEFAULTS);
  }, [open, policy, form]);
  const submit = (values: WarrantyPolicyInput) =>
    save.mutate(
      { ...values, name: values.name.trim(), note: values.note?.trim() || null },
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
  const count = (max: number) => [
    { required: true, message: t('common.required') },
    { type: 'integer' as const, min: 0, max, message: t('common.invalid') },
  ];
  return (
    <Modal
      open={open}
      title={policy ? t('warranty.edit') : t('warranty.newPolicy')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="warrantyPolicy" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('warranty.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 60, message: t('common.maxLength', { max: 60 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="replacementDays"
          label={t('warranty.replacementDays')}
          extra={t('warranty.replacementDaysHint')}
          rules={count(3650)}
        >
          <InputNumber
            min={0}
            max={3650}
            precision={0}
            suffix={t('warranty.days')}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item label={t('warranty.replacementCovers')}>
          <CoverageChecks name="replacementCovers" />
        </Form.Item>
        <Form.Item
          name="repairMonths"
          label={t('warranty.repairMonths')}
          extra={t('warranty.repairMonthsHint')}
          rules={count(180)}
        >
          <InputNumber
            min={0}
            max={180}
            precision={0}
            suffix={t('warranty.months')}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item label={t('warranty.repairCovers')}>
          <CoverageChecks name="repairCovers" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('warranty.note')}
          rules={[{ max: 500, message: t('common.maxLength', { max: 500 }) }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
