import { Form, Input, Modal } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useShowError } from '../api/useShowError';

interface Props {
  open: boolean;
  title: ReactNode;
  label: string;
  /** The body field the server validates, so its 400 details land on this input. */
  name: string;
  maxLength: number;
  placeholder?: string;
  isPassword?: boolean;
  okText?: string;
  isDanger?: boolean;
  children?: ReactNode;
  isSubmitting: boolean;
  onSubmit: (value: string) => Promise<unknown>;
  onClose: () => void;
}

/** One required text (a reason, a resolution, a password) in a modal; the text survives an error. */
export function TextPromptModal({
  name,
  label,
  maxLength,
  isPassword,
  children,
  onSubmit,
  onClose,
  ...props
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string>>();
  // Field ids are form-name_field: unique per modal, so each label points at its own input.
  const formName = useId();
  const showError = useShowError();
  const submit = async (values: Record<string, string>) => {
    try {
      await onSubmit((values[name] ?? '').trim());
      form.resetFields();
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) showError(error);
    }
  };
  const rules = [
    { required: true, whitespace: true, message: t('common.required') },
    { max: maxLength, message: t('common.maxLength', { max: maxLength }) },
  ];
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText ?? t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: props.isDanger, size: 'large', 'data-testid': 'modal-ok' }}
      cancelButtonProps={{ size: 'large' }}
      confirmLoading={props.isSubmitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {children}
      <Form
        name={formName}
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name={name} label={label} rules={rules}>
          {isPassword ? (
            <Input.Password autoComplete="new-password" />
          ) : (
            <Input.TextArea
              rows={4}
              showCount
              maxLength={maxLength}
              placeholder={props.placeholder}
            />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
