import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId } from '../../platform/db/columns';
import { users } from '../accounts/accounts.table';
import { OUTBOX_CHANNELS } from './notification-events';

/**
 * An in-app notification for one user. The text is rendered in the reader's language from
 * `event` and `params`, so a notification reads right in zh-CN and English.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    tenantId: tenantId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    event: text('event').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull(),
    /** An app path to open, e.g. /work-orders/<id>. */
    link: text('link'),
    readAt: at('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.tenantId, t.userId, t.createdAt.desc())],
);

export { OUTBOX_CHANNELS, type OutboxChannel } from './notification-events';

/**
 * A message to deliver outside the app (e-mail, a 企业微信 or 钉钉 group robot). Written in the
 * same transaction as the change it reports; a job delivers it after commit, with retries.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: id(),
    tenantId: tenantId(),
    channel: text('channel', { enum: OUTBOX_CHANNELS }).notNull(),
    event: text('event').notNull(),
    /** An e-mail address, or the robot's webhook URL as configured when the message was written. */
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    state: text('state', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    sentAt: at('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_messages_state_idx').on(t.tenantId, t.state, t.createdAt.desc())],
);

/** Every delivery attempt of an outbox message, kept: when, whether it worked, and why not. */
export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: id(),
    tenantId: tenantId(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => outboxMessages.id),
    attempt: integer('attempt').notNull(),
    ok: boolean('ok').notNull(),
    /** The SMTP reply or the HTTP status and body, shortened. */
    response: text('response'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    at: at('at').notNull(),
  },
  (t) => [index('delivery_attempts_message_idx').on(t.tenantId, t.messageId)],
);

/** Per-tenant delivery settings: the SMTP server and the group robots' webhook URLs. */
export const notificationSettings = pgTable('notification_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  emailEnabled: boolean('email_enabled').notNull().default(false),
  smtpHost: text('smtp_host'),
  smtpPort: integer('smtp_port'),
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  smtpSecure: boolean('smtp_secure').notNull().default(false),
  smtpUser: text('smtp_user'),
  smtpPassword: text('smtp_password'),
  smtpFrom: text('smtp_from'),
  wecomEnabled: boolean('wecom_enabled').notNull().default(false),
  wecomWebhookUrl: text('wecom_webhook_url'),
  dingtalkEnabled: boolean('dingtalk_enabled').notNull().default(false),
  dingtalkWebhookUrl: text('dingtalk_webhook_url'),
  /** 钉钉 加签 secret: requests are signed with HMAC-SHA256 of timestamp + secret. */
  dingtalkSecret: text('dingtalk_secret'),
  /** Events sent to the group robots; in-app and e-mail go to the users concerned. */
  robotEvents: jsonb('robot_events').$type<string[]>().notNull().default([]),
  version: integer('version').notNull().default(1),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
