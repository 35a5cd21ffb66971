import { Badge, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { NotificationView } from '../../notification.schemas';
import { noticeText } from '../noticeText';

/** One notification: its text (bold and dotted while unread) and when it came. */
export function NotificationRow({
  notification,
  onOpen,
}: {
  notification: NotificationView;
  onOpen: (notification: NotificationView) => void;
}) {
  const { t } = useTranslation();
  const isUnread = !notification.readAt;
  return (
    <Flex
      gap={8}
      align="flex-start"
      role="button"
      tabIndex={0}
      style={{ cursor: 'pointer' }}
      onClick={() => onOpen(notification)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') onOpen(notification);
      }}
      data-testid="notification-row"
    >
      <Badge status={isUnread ? 'processing' : 'default'} style={{ marginTop: 2 }} />
      <Flex vertical style={{ minWidth: 0 }}>
        <Typography.Text strong={isUnread}>{noticeText(t, notification)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(notification.createdAt)}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
