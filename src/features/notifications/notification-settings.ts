import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { NotificationEvent } from './notification-events';
import type { NotificationSettingsView } from './notification.schemas';
import { notificationSettings, type OutboxChannel } from './notifications.table';

export type NotificationSettings = typeof notificationSettings.$inferSelect;

/** The defaults of a tenant that saved nothing: everything off, version 0. */
function defaults(tenantId: string): NotificationSettings {
  return {
    tenantId,
    emailEnabled: false,
    smtpHost: null,
    smtpPort: null,
    smtpSecure: false,
    smtpUser: null,
    smtpPassword: null,
    smtpFrom: null,
    wecomEnabled: false,
    wecomWebhookUrl: null,
    dingtalkEnabled: false,
    dingtalkWebhookUrl: null,
    dingtalkSecret: null,
    robotEvents: [],
    version: 0,
    updatedAt: new Date(0),
  };
}

/** The tenant's delivery settings, secrets included: for the server's own use only. */
export async function loadNotificationSettings(
  db: Queryable,
  tenantId: string,
): Promise<NotificationSettings> {
  const [row] = await db
    .select()
    .from(notificationSettings)
    .where(eq(notificationSettings.tenantId, tenantId));
  return row ?? defaults(tenantId);
}

/** What leaves the server: the secrets only as "set" or "not set". */
export function toSettingsView(s: NotificationSettings): NotificationSettingsView {
  return {
    emailEnabled: s.emailEnabled,
    smtpHost: s.smtpHost,
    smtpPort: s.smtpPort,
    smtpSecure: s.smtpSecure,
    smtpUser: s.smtpUser,
    smtpPasswordSet: Boolean(s.smtpPassword),
    smtpFrom: s.smtpFrom,
    wecomEnabled: s.wecomEnabled,
    wecomWebhookUrl: s.wecomWebhookUrl,
    dingtalkEnabled: s.dingtalkEnabled,
    dingtalkWebhookUrl: s.dingtalkWebhookUrl,
    dingtalkSecretSet: Boolean(s.dingtalkSecret),
    robotEvents: s.robotEvents as NotificationEvent[],
    version: s.version,
    updatedAt: s.version === 0 ? null : s.updatedAt.toISOString(),
  };
}

/** SMTP can send: a server, a port and a sender. */
export const isEmailConfigured = (
  s: Pick<NotificationSettings, 'smtpHost' | 'smtpPort' | 'smtpFrom'>,
) => Boolean(s.smtpHost && s.smtpPort && s.smtpFrom);

const NOT_CONFIGURED = {
  email: 'SMTP_NOT_CONFIGURED',
  wecom: 'WECOM_WEBHOOK_MISSING',
  dingtalk: 'DINGTALK_WEBHOOK_MISSING',
} as const;

export const channelNotConfigured = (channel: OutboxChannel) =>
  new AppError(NOT_CONFIGURED[channel]);
