export { NotificationsPage } from './NotificationsPage';
export { NotificationSettingsPage } from './NotificationSettingsPage';
export { NotificationBell } from './components/NotificationBell';
