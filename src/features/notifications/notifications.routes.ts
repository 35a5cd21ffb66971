import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { getNotificationSettings } from './get-notification-settings';
import { listMyNotifications } from './list-my-notifications';
import { listOutbox } from './list-outbox';
import { markAllNotificationsRead, markNotificationRead } from './mark-notifications-read';
import {
  listNotificationsQuery,
  listOutboxQuery,
  notificationSettingsView,
  notificationsPage,
  outboxMessageView,
  outboxPage,
  readAllResult,
  testNotificationBody,
  updateNotificationSettingsBody,
} from './notification.schemas';
import { sendTestNotification } from './send-test-notification';
import { updateNotificationSettings } from './update-notification-settings';

const idParams = z.object({ id: z.uuid() });
const tags = ['notifications'];
/** Everyone reads their own notifications; the use cases filter by the signed-in user. */
const own = { signedIn: true };
const manage = { permission: 'notifications.manage' as const };

export function registerNotificationRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/notifications',
    {
      schema: { tags, querystring: listNotificationsQuery, response: { 200: notificationsPage } },
      config: own,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listMyNotifications(tx, ctx, request.query)),
  );
  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, params: idParams }, config: own },
    async (request, reply) => {
      await inTenantOf(db, request, (tx, ctx) => markNotificationRead(tx, ctx, request.params.id));
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/notifications/read-all',
    { schema: { tags, response: { 200: readAllResult } }, config: own },
    (request) => inTenantOf(db, request, (tx, ctx) => markAllNotificationsRead(tx, ctx)),
  );
  app.get(
    '/api/notification-settings',
    { schema: { tags, response: { 200: notificationSettingsView } }, config: manage },
    (request) => inTenantOf(db, request, (tx, ctx) => getNotificationSettings(tx, ctx)),
  );
  app.put(
    '/api/notification-settings',
    {
      schema: {
        tags,
        body: updateNotificationSettingsBody,
        response: { 200: notificationSettingsView },
      },
      config: manage,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => updateNotificationSettings(tx, ctx, request.body)),
  );
  app.post(
    '/api/notification-settings/test',
    {
      schema: { tags, body: testNotificationBody, response: { 202: outboxMessageView } },
      config: manage,
    },
    async (request, reply) => {
      const message = await inTenantOf(db, request, (tx, ctx) =>
        sendTestNotification(tx, ctx, request.body),
      );
      return reply.status(202).send(message);
    },
  );
  app.get(
    '/api/outbox',
    {
      schema: { tags, querystring: listOutboxQuery, response: { 200: outboxPage } },
      config: manage,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listOutbox(tx, ctx, request.query)),
  );
}
