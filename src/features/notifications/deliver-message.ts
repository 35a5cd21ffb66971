import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import type { Job } from '../../platform/jobs';
import type { MessageText } from './notice-text.rules';
import {
  isEmailConfigured,
  loadNotificationSettings,
  type NotificationSettings,
} from './notification-settings';
import { deliveryAttempts, outboxMessages } from './notifications.table';
import { postToRobot } from './post-to-robot';
import { dingtalkPayload, signedDingtalkUrl, wecomPayload } from './robot-payload.rules';
import { sendEmail } from './send-email';

type OutboxMessage = typeof outboxMessages.$inferSelect;

export interface DeliveryDeps {
  clock: Clock;
  /** Milliseconds since the epoch for 钉钉's signature, which their server checks (real time). */
  signingTime: () => number;
}

/** Retrying cannot help: the channel is not configured any more. */
class NotConfigured extends Error {}

async function send(
  message: OutboxMessage,
  settings: NotificationSettings,
  deps: DeliveryDeps,
): Promise<string> {
  const text: MessageText = { subject: message.subject, body: message.body };
  switch (message.channel) {
    case 'email':
      if (!isEmailConfigured(settings)) throw new NotConfigured('SMTP is not configured');
      return sendEmail(settings, message.recipient, text);
    case 'wecom':
      return postToRobot(message.recipient, wecomPayload(text));
    case 'dingtalk': {
      const url = settings.dingtalkSecret
        ? signedDingtalkUrl(message.recipient, deps.signingTime(), settings.dingtalkSecret)
        : message.recipient;
      return postToRobot(url, dingtalkPayload(text));
    }
  }
}

const shorten = (text: string) => (text.length > 1000 ? `${text.slice(0, 1000)}…` : text);

/**
 * Delivers one outbox message and records the attempt. A failure is recorded and thrown, so the
 * job runner retries with backoff; after the job's last attempt the message is marked failed.
 * A message already sent is not sent again (a runner that died before finishing its job).
 */
export async function deliverMessage(db: Db, job: Job, deps: DeliveryDeps): Promise<void> {
  const messageId = String(job.payload.messageId);
  const loaded = await inTenant(db, job.tenantId, async (tx) => {
    const [message] = await tx
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.tenantId, job.tenantId), eq(outboxMessages.id, messageId)));
    return message && { message, settings: await loadNotificationSettings(tx, job.tenantId) };
  });
  if (!loaded || loaded.message.state !== 'pending') return;

  const started = performance.now();
  let response: string | null = null;
  let error: unknown;
  try {
    response = await send(loaded.message, loaded.settings, deps);
  } catch (e) {
    error = e;
  }
  const ok = error === undefined;
  const isFinal = !ok && (error instanceof NotConfigured || job.attempts >= job.maxAttempts);
  const errorText = ok ? null : shorten(error instanceof Error ? error.message : String(error));
  await inTenant(db, job.tenantId, async (tx) => {
    const now = deps.clock.now();
    const [counted] = await tx
      .update(outboxMessages)
      .set({
        attempts: sql`${outboxMessages.attempts} + 1`,
        state: ok ? 'sent' : isFinal ? 'failed' : 'pending',
        sentAt: ok ? now : null,
      })
      .where(and(eq(outboxMessages.tenantId, job.tenantId), eq(outboxMessages.id, messageId)))
      .returning({ attempts: outboxMessages.attempts });
    await tx.insert(deliveryAttempts).values({
      tenantId: job.tenantId,
      messageId,
      attempt: counted!.attempts,
      ok,
      response: response === null ? null : shorten(response),
      error: errorText,
      durationMs: Math.round(performance.now() - started),
      at: now,
    });
  });
  if (!ok && !(error instanceof NotConfigured)) throw error;
}
