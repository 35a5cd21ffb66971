import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { NotificationsPage, NotificationView } from './notification.schemas';
import { notifications } from './notifications.table';

export function toNotificationView(row: typeof notifications.$inferSelect): NotificationView {
  return {
    id: row.id,
    event: row.event,
    params: row.params,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The signed-in user's own notifications, newest first, with their unread count. */
export async function listMyNotifications(
  tx: Tx,
  ctx: RequestContext,
  query: { page: number; pageSize: number; unreadOnly: 'true' | 'false' },
): Promise<NotificationsPage> {
  const mine = and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.userId, ctx.user.id));
  const unreadMine = and(mine, isNull(notifications.readAt));
  const shown = query.unreadOnly === 'true' ? unreadMine : mine;
  const rows = await tx
    .select()
    .from(notifications)
    .where(shown)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await tx.select({ n: count() }).from(notifications).where(shown);
  const [unread] = await tx.select({ n: count() }).from(notifications).where(unreadMine);
  return { items: rows.map(toNotificationView), total: total!.n, unread: unread!.n };
}
