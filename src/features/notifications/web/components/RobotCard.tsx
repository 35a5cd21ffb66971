import { Card, Form, Input, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SendTestButton } from './SendTestButton';

const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/i;

const PLACEHOLDERS = {
  wecom: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
  dingtalk: 'https://oapi.dingtalk.com/robot/send?access_token=…',
};

/**
 * A group robot: on or off, its webhook URL (needed once it is on), whatever else the robot
 * takes (`children`), and a test button.
 */
export function RobotCard({
  channel,
  isBlocked,
  children,
}: {
  channel: 'wecom' | 'dingtalk';
  /** Unsaved changes: the test would use the saved settings, not what is on screen. */
  isBlocked: () => boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const isEnabled = Form.useWatch<boolean | undefined>(`${channel}Enabled`, Form.useFormInstance());
  return (
    <Card size="small" title={t(`notifications.settings.${channel}`)} style={{ marginBottom: 16 }}>
      <Form.Item
        name={`${channel}Enabled`}
        label={t(`notifications.settings.${channel}Enabled`)}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name={`${channel}WebhookUrl`}
        label={t('notifications.settings.webhookUrl')}
        rules={[
          { required: Boolean(isEnabled), message: t('common.required') },
          { pattern: HTTP_URL, message: t('notifications.settings.webhookUrlInvalid') },
          { max: 2000 },
        ]}
      >
        <Input placeholder={PLACEHOLDERS[channel]} autoComplete="off" />
      </Form.Item>
      {children}
      <SendTestButton channel={channel} isBlocked={isBlocked} />
    </Card>
  );
}
