import { Alert, App, Form, InputNumber, Modal, Radio, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { PasswordPolicy } from '../../../../web/auth/sessionApi';
import { usePasswordPolicy } from '../../../../web/auth/usePasswordPolicy';
import { QueryError } from '../../../../web/components/QueryError';
import { usePasswordPolicyMutation } from '../hooks/usePasswordPolicyMutation';

/** Shows the tenant's password policy and lets the admin tighten it. */
export function PasswordPolicyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordPolicy>();
  const { message } = App.useApp();
  const showError = useShowError();
  const policy = usePasswordPolicy();
  const save = usePasswordPolicyMutation();
  useEffect(() => {
    if (open && policy.data) form.setFieldsValue(policy.data);
  }, [open, policy.data, form]);
  const submit = (values: PasswordPolicy) =>
    save.mutate(values, {
      onSuccess: () => {
        void message.success(t('users.passwordPolicySaved'));
        onClose();
      },
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={t('users.passwordPolicyTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !policy.data }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {policy.isError && <QueryError error={policy.error} onRetry={() => void policy.refetch()} />}
      {policy.isPending && <Skeleton active />}
      {policy.data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('users.passwordPolicyCurrent')}
          description={t('auth.passwordPolicy', { ...policy.data })}
        />
      )}
      <Form name="password-policy" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="minLength"
          label={t('users.passwordMinLength')}
          extra={t('users.passwordMinLengthHint')}
          rules={[
            required,
            { type: 'integer', min: 8, max: 64, message: t('users.passwordMinLengthHint') },
          ]}
        >
          <InputNumber min={8} max={64} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="minClasses"
          label={t('users.passwordMinClasses')}
          extra={t('users.passwordClassesHint')}
          rules={[required]}
        >
          <Radio.Group
            options={[3, 4].map((value) => ({
              value,
              label: t('users.passwordClassesOption', { count: value }),
            }))}
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('users.passwordPolicyLevel2')}
      </Typography.Paragraph>
    </Modal>
  );
}
