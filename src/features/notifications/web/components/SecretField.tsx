import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A write-only secret: the server says only whether one is set. Blank keeps it, typing
 * replaces it, "clear" removes it on save.
 */
export function SecretField({
  name,
  label,
  isSet,
  isCleared,
  onClear,
}: {
  name: 'smtpPassword' | 'dingtalkSecret';
  label: string;
  isSet: boolean;
  isCleared: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const state = isCleared
    ? t('notifications.settings.secretCleared')
    : isSet
      ? t('notifications.settings.secretSet')
      : t('notifications.settings.secretNotSet');
  return (
    <Form.Item
      label={label}
      extra={
        isSet &&
        !isCleared && (
          <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={onClear}>
            {t('notifications.settings.clearSecret')}
          </Button>
        )
      }
    >
      <Form.Item
        name={name}
        noStyle
        rules={[{ max: 255, message: t('common.maxLength', { max: 255 }) }]}
      >
        <Input.Password autoComplete="new-password" placeholder={state} />
      </Form.Item>
    </Form.Item>
  );
}
