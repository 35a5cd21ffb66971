import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type SchemaSubmitOptions, useSchemaSubmit } from '../hooks/useSchemaSubmit';

type Props<TValues, TSchema extends z.ZodType> = Omit<
  SchemaSubmitOptions<TValues, TSchema>,
  'form' | 'onDone'
> & {
  /** The form's name, which prefixes its fields' ids. */
  name: string;
  title: ReactNode;
  okText: string;
  isDanger?: boolean;
  width?: number;
  initialValues?: Partial<TValues>;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A dialog whose one form sends one request, checked first by the request's own schema. It
 * closes once the request succeeded; otherwise it stays open with everything typed.
 */
export function SchemaFormModal<TValues, TSchema extends z.ZodType>({
  name,
  title,
  okText,
  isDanger = false,
  width,
  initialValues,
  open,
  onClose,
  children,
  ...options
}: Props<TValues, TSchema>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const { onFinish, onValuesChange, isSubmitting } = useSchemaSubmit({
    form,
    onDone: onClose,
    ...options,
  });
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      width={width}
      okButtonProps={{ danger: isDanger, 'data-testid': 'modal-ok' }}
      confirmLoading={isSubmitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<TValues>
        name={name}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        preserve={false}
      >
        {children}
      </Form>
    </Modal>
  );
}
