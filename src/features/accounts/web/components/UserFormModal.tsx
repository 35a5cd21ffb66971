import { Alert, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { usePasswordPolicy } from '../../../../web/auth/usePasswordPolicy';
import type { UserView } from '../../account.schemas';
import type { Role } from '../../roles';
import { usersApi } from '../api/usersApi';
import { useUserMutation } from '../hooks/useUserMutation';
import { RoleSelect } from './RoleSelect';

interface Values {
  username: string;
  displayName: string;
  phone?: string;
  email?: string;
  roles: Role[];
  password: string;
}

/** Creates a user, or edits one when `user` is given (username and password stay as they are). */
export function UserFormModal({
  open,
  user,
  onClose,
}: {
  open: boolean;
  user?: UserView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const policy = usePasswordPolicy();
  const isEditing = Boolean(user);
  const create = useUserMutation(usersApi.create, t('users.created'));
  const update = useUserMutation(
    (values: Values) =>
      usersApi.update(user?.id ?? '', {
        displayName: values.displayName,
        phone: values.phone?.trim() || null,
        email: values.email?.trim() || null,
        roles: values.roles,
      }),
    t('users.updated'),
  );
  useEffect(() => {
    if (open)
      form.setFieldsValue(
        user
          ? { ...user, phone: user.phone ?? undefined, email: user.email ?? undefined }
          : { roles: [] },
      );
  }, [open, user, form]);
  const submit = (values: Values) => {
    const onError = (error: unknown) => applyFieldErrors(form, error) || showError(error);
    const onSuccess = () => {
      form.resetFields();
      onClose();
    };
    if (isEditing) update.mutate(values, { onSuccess, onError });
    else
      create.mutate(
        {
          ...values,
          phone: values.phone?.trim() || undefined,
          email: values.email?.trim() || undefined,
        },
        { onSuccess, onError },
      );
  };
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={isEditing ? t('users.editUser') : t('users.newUser')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="user" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={isEditing ? undefined : t('users.usernameRule')}
          rules={[
            required,
            { pattern: /^[a-zA-Z0-9._-]{2,64}$/, message: t('users.usernameRule') },
          ]}
        >
          <Input disabled={isEditing} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[required, { max: 64, message: t('common.maxLength', { max: 64 }) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('users.phone')}
          rules={[{ max: 32, message: t('common.maxLength', { max: 32 }) }]}
        >
          <Input type="tel" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.email')}
          extra={t('users.emailHint')}
          normalize={(value: string) => value.trim()}
          rules={[
            { type: 'email', message: t('users.emailInvalid') },
            { max: 254, message: t('common.maxLength', { max: 254 }) },
          ]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ ...required, type: 'array', min: 1 }]}
        >
          <RoleSelect />
        </Form.Item>
        {!isEditing && (
          <>
            {policy.data && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('auth.passwordPolicy', { ...policy.data })}
              />
            )}
            <Form.Item name="password" label={t('users.password')} rules={[required]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
