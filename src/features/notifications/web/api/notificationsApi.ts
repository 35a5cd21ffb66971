import { apiRequest } from '../../../../web/api/apiRequest';
import type {
  ListNotificationsQuery,
  ListOutboxQuery,
  NotificationSettingsView,
  NotificationsPage,
  OutboxMessageView,
  OutboxPage,
  TestNotificationBody,
  UpdateNotificationSettingsInput,
} from '../../notification.schemas';

export const notificationsApi = {
  mine: (query: ListNotificationsQuery, signal?: AbortSignal) =>
    apiRequest<NotificationsPage>('/notifications', { query: { ...query }, signal }),
  markRead: (id: string) => apiRequest<void>(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => apiRequest<{ updated: number }>('/notifications/read-all', { method: 'POST' }),
  settings: () => apiRequest<NotificationSettingsView>('/notification-settings'),
  saveSettings: (body: UpdateNotificationSettingsInput) =>
    apiRequest<NotificationSettingsView>('/notification-settings', { method: 'PUT', body }),
  sendTest: (body: TestNotificationBody) =>
    apiRequest<OutboxMessageView>('/notification-settings/test', { method: 'POST', body }),
  outbox: (query: ListOutboxQuery, signal?: AbortSignal) =>
    apiRequest<OutboxPage>('/outbox', { query: { ...query }, signal }),
};
