import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RowList } from '../../../../web/components/RowList';
import { useMarkNotificationsRead, useMyNotifications } from '../hooks/useMyNotifications';
import { useOpenNotification } from '../hooks/useOpenNotification';
import { NotificationRow } from './NotificationRow';

const RECENT = { page: 1, pageSize: 8 };

/**
 * The header's bell: the unread count, polled, and the latest notifications on click. On a
 * phone the header has no room for a dropdown: the bell opens the notifications page.
 */
export function NotificationBell({ isCompact = false }: { isCompact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isOpen, setOpen] = useState(false);
  const recent = useMyNotifications(RECENT, { poll: true });
  const { markAllRead } = useMarkNotificationsRead();
  const open = useOpenNotification(() => setOpen(false));
  const unread = recent.data?.unread ?? 0;
  const content = (
    <Flex vertical gap={8} style={{ width: 'min(360px, calc(100vw - 32px))' }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('notifications.recent')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 400, overflowY: 'auto' }}>
        <RowList
          items={recent.data?.items ?? []}
          rowKey={(n) => n.id}
          renderRow={(n) => <NotificationRow notification={n} onOpen={open} />}
          emptyText={t('notifications.empty')}
          isLoading={recent.isLoading}
        />
      </div>
      <Link to="/notifications" onClick={() => setOpen(false)}>
        {t('notifications.viewAll')}
      </Link>
    </Flex>
  );
  const bell = (
    <Button
      type="text"
      aria-label={t('notifications.bell')}
      data-testid="notification-bell"
      onClick={isCompact ? () => void navigate('/notifications') : undefined}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
  if (isCompact) return bell;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={isOpen}
      onOpenChange={setOpen}
      content={content}
    >
      {bell}
    </Popover>
  );
}
