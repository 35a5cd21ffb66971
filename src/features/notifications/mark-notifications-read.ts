import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { notifications } from './notifications.table';

// Reading one's own notifications changes no business record, so it writes no audit event.

const mine = (ctx: RequestContext) =>
  and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.userId, ctx.user.id));

/** Marks one of the user's own notifications read; another user's is NOT_FOUND. */
export async function markNotificationRead(tx: Tx, ctx: RequestContext, id: string): Promise<void> {
  const [found] = await tx
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(mine(ctx), eq(notifications.id, id)));
  if (!found) throw new AppError('NOT_FOUND');
  if (found.readAt) return;
  await tx
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(mine(ctx), eq(notifications.id, id), isNull(notifications.readAt)));
}

/** Marks all the user's unread notifications read; answers how many. */
export async function markAllNotificationsRead(
  tx: Tx,
  ctx: RequestContext,
): Promise<{ updated: number }> {
  const updated = await tx
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(mine(ctx), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: updated.length };
}
