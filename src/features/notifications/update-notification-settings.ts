import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type {
  NotificationSettingsView,
  UpdateNotificationSettingsBody,
} from './notification.schemas';
import {
  channelNotConfigured,
  isEmailConfigured,
  loadNotificationSettings,
  type NotificationSettings,
  toSettingsView,
} from './notification-settings';
import { notificationSettings } from './notifications.table';

/** A secret left out stays; null or blank clears it. */
const secret = (input: string | null | undefined, before: string | null) =>
  input === undefined ? before : input || null;

/** A channel switched on needs what it sends with. */
function assertComplete(s: Omit<NotificationSettings, 'tenantId' | 'version' | 'updatedAt'>) {
  if (s.emailEnabled && !isEmailConfigured(s)) throw channelNotConfigured('email');
  if (s.wecomEnabled && !s.wecomWebhookUrl) throw channelNotConfigured('wecom');
  if (s.dingtalkEnabled && !s.dingtalkWebhookUrl) throw channelNotConfigured('dingtalk');
}

/**
 * Replaces the delivery settings if nobody saved since `version` was read (0: never saved);
 * otherwise CONFLICT. The audit event records the secrets only as set or not set.
 */
export async function updateNotificationSettings(
  tx: Tx,
  ctx: RequestContext,
  input: UpdateNotificationSettingsBody,
): Promise<NotificationSettingsView> {
  const before = await loadNotificationSettings(tx, ctx.tenantId);
  const { version, smtpPassword, dingtalkSecret, ...fields } = input;
  const values = {
    ...fields,
    robotEvents: [...new Set(fields.robotEvents)],
    smtpPassword: secret(smtpPassword, before.smtpPassword),
    dingtalkSecret: secret(dingtalkSecret, before.dingtalkSecret),
  };
  assertComplete(values);
  const now = ctx.clock.now();
  const written =
    version === 0
      ? await tx
          .insert(notificationSettings)
          .values({ tenantId: ctx.tenantId, ...values, updatedAt: now })
          .onConflictDoNothing({ target: notificationSettings.tenantId })
          .returning()
      : await tx
          .update(notificationSettings)
          .set({ ...values, version: version + 1, updatedAt: now })
          .where(
            and(
              eq(notificationSettings.tenantId, ctx.tenantId),
              eq(notificationSettings.version, version),
            ),
          )
          .returning();
  if (written.length === 0) throw new AppError('CONFLICT');
  const after = toSettingsView(written[0]!);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'notificationSettings.update',
      objectType: 'notificationSettings',
      objectId: ctx.tenantId,
      before: before.version === 0 ? null : toSettingsView(before),
      after,
    },
    ctx.clock,
  );
  return after;
}
