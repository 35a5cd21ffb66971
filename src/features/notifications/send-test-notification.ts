import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext, users } from '../accounts';
import { recordAuditEvent } from '../audit';
import { enqueueDelivery } from './deliver-job';
import { outboxViews } from './list-outbox';
import { renderTestMessage } from './notice-text.rules';
import type { OutboxMessageView, TestNotificationBody } from './notification.schemas';
import {
  channelNotConfigured,
  isEmailConfigured,
  loadNotificationSettings,
} from './notification-settings';
import { outboxMessages } from './notifications.table';

/** Where a test goes: the configured robot, or an address (the asker's own by default). */
async function recipientOf(tx: Tx, ctx: RequestContext, input: TestNotificationBody) {
  const settings = await loadNotificationSettings(tx, ctx.tenantId);
  const notConfigured = () => channelNotConfigured(input.channel);
  switch (input.channel) {
    case 'email': {
      if (!isEmailConfigured(settings)) throw notConfigured();
      if (input.to) return input.to;
      const [me] = await tx
        .select({ email: users.email })
        .from(users)
        .where(eq(users.id, ctx.user.id));
      if (!me?.email) throw new AppError('NOTIFICATION_NO_EMAIL');
      return me.email;
    }
    case 'wecom':
      if (!settings.wecomWebhookUrl) throw notConfigured();
      return settings.wecomWebhookUrl;
    case 'dingtalk':
      if (!settings.dingtalkWebhookUrl) throw notConfigured();
      return settings.dingtalkWebhookUrl;
  }
}

/**
 * Puts a test message for one channel in the outbox; it is delivered like any other (after
 * commit, with retries), so the outbox shows whether the channel works. The channel needs to
 * be configured, not enabled: an admin tests before switching it on.
 */
export async function sendTestNotification(
  tx: Tx,
  ctx: RequestContext,
  input: TestNotificationBody,
): Promise<OutboxMessageView> {
  const recipient = await recipientOf(tx, ctx, input);
  const now = ctx.clock.now();
  const [message] = await tx
    .insert(outboxMessages)
    .values({
      tenantId: ctx.tenantId,
      channel: input.channel,
      event: 'test',
      recipient,
      ...renderTestMessage(ctx.tenantName, ctx.user.displayName),
      createdAt: now,
    })
    .returning();
  await enqueueDelivery(tx, ctx.tenantId, message!.id, now);
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'notification.test',
      objectType: 'outboxMessage',
      objectId: message!.id,
      isNew: true,
      after: { channel: input.channel, recipient: input.channel === 'email' ? recipient : null },
    },
    ctx.clock,
  );
  const [view] = await outboxViews(tx, ctx.tenantId, [message!]);
  return view!;
}
