import { Card, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { NotificationSettingsForm } from './components/NotificationSettingsForm';
import { OutboxTable } from './components/OutboxTable';
import { useNotificationSettings } from './hooks/useNotificationSettings';

/** 通知设置: SMTP and the group robots, and the outbox with every delivery attempt. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  return (
    <Card>
      <PageTitle title={t('notifications.settings.title')} />
      <Tabs
        items={[
          {
            key: 'settings',
            label: t('notifications.settings.title'),
            children: settings.isError ? (
              <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
            ) : settings.data ? (
              <NotificationSettingsForm
                view={settings.data}
                onConflict={() => void settings.refetch()}
              />
            ) : (
              <Spin />
            ),
          },
          { key: 'outbox', label: t('notifications.outbox.title'), children: <OutboxTable /> },
        ]}
      />
    </Card>
  );
}
