import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { jobs } from '../../platform/jobs';
import type { RequestContext } from '../accounts';
import { DELIVER_JOB } from './deliver-job';
import type { OutboxMessageView, OutboxPage } from './notification.schemas';
import { deliveryAttempts, type OutboxChannel, outboxMessages } from './notifications.table';
import { maskWebhookUrl } from './robot-payload.rules';

type MessageRow = typeof outboxMessages.$inferSelect;

/** The messages of the given ids, each with every attempt and its next try. */
export async function outboxViews(
  tx: Tx,
  tenantId: string,
  rows: readonly MessageRow[],
): Promise<OutboxMessageView[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const attempts = await tx
    .select()
    .from(deliveryAttempts)
    .where(and(eq(deliveryAttempts.tenantId, tenantId), inArray(deliveryAttempts.messageId, ids)))
    .orderBy(asc(deliveryAttempts.attempt));
  const messageIdOfJob = sql<string>`${jobs.payload}->>'messageId'`;
  const retries = await tx
    .select({ messageId: messageIdOfJob, runAt: jobs.runAt })
    .from(jobs)
    .where(
      and(
        eq(jobs.tenantId, tenantId),
        eq(jobs.kind, DELIVER_JOB),
        eq(jobs.state, 'pending'),
        inArray(messageIdOfJob, ids),
      ),
    );
  const nextAt = new Map(retries.map((r) => [r.messageId, r.runAt.toISOString()]));
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    event: row.event,
    recipient: row.channel === 'email' ? row.recipient : maskWebhookUrl(row.recipient),
    subject: row.subject,
    body: row.body,
    state: row.state,
    attempts: row.attempts,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    nextAttemptAt: row.state === 'pending' ? (nextAt.get(row.id) ?? null) : null,
    attemptLog: attempts
      .filter((a) => a.messageId === row.id)
      .map((a) => ({
        attempt: a.attempt,
        ok: a.ok,
        response: a.response,
        error: a.error,
        durationMs: a.durationMs,
        at: a.at.toISOString(),
      })),
  }));
}

/** The outbox, newest first, with every delivery attempt; filtered by state and channel. */
export async function listOutbox(
  tx: Tx,
  ctx: RequestContext,
  query: {
    page: number;
    pageSize: number;
    state?: MessageRow['state'];
    channel?: OutboxChannel;
  },
): Promise<OutboxPage> {
  const where: SQL[] = [eq(outboxMessages.tenantId, ctx.tenantId)];
  if (query.state) where.push(eq(outboxMessages.state, query.state));
  if (query.channel) where.push(eq(outboxMessages.channel, query.channel));
  const rows = await tx
    .select()
    .from(outboxMessages)
    .where(and(...where))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await tx
    .select({ n: count() })
    .from(outboxMessages)
    .where(and(...where));
  return { items: await outboxViews(tx, ctx.tenantId, rows), total: total!.n };
}
