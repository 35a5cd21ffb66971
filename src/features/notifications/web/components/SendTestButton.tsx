import { SendOutlined } from '@ant-design/icons';
import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../../web/api/useShowError';
import type { OutboxChannel } from '../../notification-events';
import { useSendTestNotification } from '../hooks/useNotificationSettings';

/** Sends a test through the outbox; the outbox below shows whether it went out. */
export function SendTestButton({
  channel,
  isBlocked,
}: {
  channel: OutboxChannel;
  /** Unsaved changes: the test would use the saved settings, not what is on screen. */
  isBlocked: () => boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const send = useSendTestNotification();
  const [to, setTo] = useState('');
  const onClick = () => {
    if (isBlocked()) {
      void message.warning(t('notifications.settings.saveFirst'));
      return;
    }
    send.mutate(
      { channel, ...(channel === 'email' && to.trim() ? { to: to.trim() } : {}) },
      {
        onSuccess: () => void message.success(t('notifications.settings.testQueued')),
        onError: showError,
      },
    );
  };
  return (
    <Space wrap>
      {channel === 'email' && (
        <Input
          type="email"
          value={to}
          onChange={(event) => setTo(event.target.value)}
          placeholder={t('notifications.settings.testTo')}
          style={{ width: 'min(320px, 70vw)' }}
        />
      )}
      <Button
        icon={<SendOutlined />}
        loading={send.isPending}
        onClick={onClick}
        data-testid={`send-test-${channel}`}
      >
        {t('notifications.settings.sendTest')}
      </Button>
    </Space>
  );
}
