import { and, arrayOverlaps, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { tenants, users } from '../accounts/accounts.table';
import { enqueueDelivery } from './deliver-job';
import { renderNotice } from './notice-text.rules';
import type { Notice, NotificationEvent } from './notification-events';
import { loadNotificationSettings } from './notification-settings';
import { absoluteLink } from './notification-links';
import { notifications, type OutboxChannel, outboxMessages } from './notifications.table';

/** Active users of the tenant holding one of the roles, and the users named; each once. */
async function findRecipients(tx: Tx, tenantId: string, to: Notice['to']) {
  const who: SQL[] = [];
  if (to.roles?.length) who.push(arrayOverlaps(users.roles, [...to.roles]));
  if (to.userIds?.length) who.push(inArray(users.id, [...to.userIds]));
  if (who.length === 0) return [];
  return tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.isDisabled, false), or(...who)))
    .orderBy(users.id);
}

/**
 * Writes a notice in the caller's transaction: an in-app notification for each recipient, an
 * e-mail to each recipient with an address when e-mail is on, a message to each enabled group
 * robot that takes this event — and a delivery job for each outbox message, which the job
 * runner sends after commit. If the caller's transaction rolls back, none of it exists.
 */
export async function notify<E extends NotificationEvent>(
  tx: Tx,
  tenantId: string,
  clock: Clock,
  notice: Notice<E>,
): Promise<void> {
  const now = clock.now();
  const params = notice.params as unknown as Record<string, string | number>;
  const recipients = await findRecipients(tx, tenantId, notice.to);
  if (recipients.length > 0) {
    await tx.insert(notifications).values(
      recipients.map((user) => ({
        tenantId,
        userId: user.id,
        event: notice.event,
        params,
        link: notice.link ?? null,
        createdAt: now,
      })),
    );
  }

  const settings = await loadNotificationSettings(tx, tenantId);
  const outbox: { channel: OutboxChannel; recipient: string }[] = [];
  if (settings.emailEnabled) {
    const addresses = new Set(
      recipients.flatMap((user) => (user.email ? [user.email.trim().toLowerCase()] : [])),
    );
    for (const address of addresses) outbox.push({ channel: 'email', recipient: address });
  }
  const forRobots = settings.robotEvents.includes(notice.event);
  if (forRobots && settings.wecomEnabled && settings.wecomWebhookUrl)
    outbox.push({ channel: 'wecom', recipient: settings.wecomWebhookUrl });
  if (forRobots && settings.dingtalkEnabled && settings.dingtalkWebhookUrl)
    outbox.push({ channel: 'dingtalk', recipient: settings.dingtalkWebhookUrl });
  if (outbox.length === 0) return;

  const [tenant] = await tx
    .select({ timezone: tenants.timezone })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  const text = renderNotice(notice.event, notice.params, {
    timeZone: tenant?.timezone ?? 'Asia/Shanghai',
    link: absoluteLink(notice.link),
  });
  const written = await tx
    .insert(outboxMessages)
    .values(outbox.map((m) => ({ tenantId, event: notice.event, ...m, ...text, createdAt: now })))
    .returning({ id: outboxMessages.id });
  for (const { id } of written) await enqueueDelivery(tx, tenantId, id, now);
}
