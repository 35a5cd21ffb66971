export * from './notification-events';
export * from './notification.schemas';
export { notify } from './notify';
export { notificationJobHandlers } from './notification-job-handlers';
export { DELIVER_JOB } from './deliver-job';
export { setNotificationLinkBase } from './notification-links';
export { registerNotificationRoutes } from './notifications.routes';
export {
  deliveryAttempts,
  notifications,
  notificationSettings,
  outboxMessages,
} from './notifications.table';
