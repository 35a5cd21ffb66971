import { z } from 'zod';
import { userEmailSchema } from '../accounts/account.schemas';
import { NOTIFICATION_EVENTS, OUTBOX_CHANNELS } from './notification-events';

export const notificationEventSchema = z.enum(NOTIFICATION_EVENTS);
export const outboxChannelSchema = z.enum(OUTBOX_CHANNELS);
export const OUTBOX_STATES = ['pending', 'sent', 'failed'] as const;

const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** One in-app notification; the web renders its text from `event` and `params`. */
export const notificationView = z.object({
  id: z.uuid(),
  event: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const listNotificationsQuery = z.object({
  ...paging,
  unreadOnly: z.enum(['true', 'false']).default('false'),
});
/** As the web client sends it: everything has a default. */
export type ListNotificationsQuery = Partial<z.infer<typeof listNotificationsQuery>>;

export const notificationsPage = z.object({
  items: z.array(notificationView),
  total: z.number().int(),
  /** The signed-in user's unread count, whatever the page shows. */
  unread: z.number().int(),
});
export type NotificationsPage = z.infer<typeof notificationsPage>;

export const readAllResult = z.object({ updated: z.number().int() });

/** Blank means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => value || null);

const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .nullable()
  .transform((value) => value || null)
  .refine((value) => value === null || isHttpUrl(value), {
    error: '须为 http(s):// 开头的网址 / Must be an http(s) URL',
  });

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** addr@host, or Name <addr@host>. */
const MAILBOX = /^(?:[^<>]*<\s*[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

/**
 * Delivery settings as the admin page reads them. The SMTP password and the 钉钉 secret never
 * leave the server: only whether they are set. `version` 0: nothing saved yet.
 */
export const notificationSettingsView = z.object({
  emailEnabled: z.boolean(),
  smtpHost: z.string().nullable(),
  smtpPort: z.number().int().nullable(),
  smtpSecure: z.boolean(),
  smtpUser: z.string().nullable(),
  smtpPasswordSet: z.boolean(),
  smtpFrom: z.string().nullable(),
  wecomEnabled: z.boolean(),
  wecomWebhookUrl: z.string().nullable(),
  dingtalkEnabled: z.boolean(),
  dingtalkWebhookUrl: z.string().nullable(),
  dingtalkSecretSet: z.boolean(),
  robotEvents: z.array(notificationEventSchema),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type NotificationSettingsView = z.infer<typeof notificationSettingsView>;

/** Saves against `version`. A secret left out stays as it is; null or blank clears it. */
export const updateNotificationSettingsBody = z.object({
  version: z.number().int().min(0),
  emailEnabled: z.boolean(),
  smtpHost: optionalText(255).refine((v) => v === null || /^[a-zA-Z0-9.-]+$/.test(v), {
    error: '服务器地址无效 / Not a valid host name',
  }),
  smtpPort: z.number().int().min(1).max(65535).nullable(),
  smtpSecure: z.boolean(),
  smtpUser: optionalText(255),
  smtpPassword: z.string().max(255).nullable().optional(),
  smtpFrom: optionalText(255).refine((v) => v === null || MAILBOX.test(v), {
    error: '发件人须为邮箱地址 / The sender must be an e-mail address',
  }),
  wecomEnabled: z.boolean(),
  wecomWebhookUrl: webhookUrl,
  dingtalkEnabled: z.boolean(),
  dingtalkWebhookUrl: webhookUrl,
  dingtalkSecret: z.string().trim().max(255).nullable().optional(),
  robotEvents: z.array(notificationEventSchema).max(NOTIFICATION_EVENTS.length),
});
export type UpdateNotificationSettingsBody = z.infer<typeof updateNotificationSettingsBody>;
export type UpdateNotificationSettingsInput = z.input<typeof updateNotificationSettingsBody>;

export const testNotificationBody = z.object({
  channel: outboxChannelSchema,
  /** E-mail only: where to send; the signed-in user's own address when absent. */
  to: userEmailSchema.optional(),
});
export type TestNotificationBody = z.infer<typeof testNotificationBody>;

export const deliveryAttemptView = z.object({
  attempt: z.number().int(),
  ok: z.boolean(),
  response: z.string().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  at: z.string(),
});
export type DeliveryAttemptView = z.infer<typeof deliveryAttemptView>;

export const outboxMessageView = z.object({
  id: z.uuid(),
  channel: outboxChannelSchema,
  event: z.string(),
  /** An e-mail address, or the robot's URL with its token hidden. */
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  /** When the next try is due, while one is. */
  nextAttemptAt: z.string().nullable(),
  attemptLog: z.array(deliveryAttemptView),
});
export type OutboxMessageView = z.infer<typeof outboxMessageView>;

export const listOutboxQuery = z.object({
  ...paging,
  state: z.enum(OUTBOX_STATES).optional(),
  channel: outboxChannelSchema.optional(),
});
export type ListOutboxQuery = Partial<z.infer<typeof listOutboxQuery>>;

export const outboxPage = z.object({ items: z.array(outboxMessageView), total: z.number().int() });
export type OutboxPage = z.infer<typeof outboxPage>;
