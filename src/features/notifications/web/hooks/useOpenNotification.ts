import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationView } from '../../notification.schemas';
import { useMarkNotificationsRead } from './useMyNotifications';

/** Opening a notification marks it read and goes where it points. */
export function useOpenNotification(afterOpen?: () => void) {
  const navigate = useNavigate();
  const { markRead } = useMarkNotificationsRead();
  const { mutate } = markRead;
  return useCallback(
    (notification: NotificationView) => {
      if (!notification.readAt) mutate(notification.id);
      afterOpen?.();
      if (notification.link?.startsWith('/')) void navigate(notification.link);
    },
    [mutate, navigate, afterOpen],
  );
}
