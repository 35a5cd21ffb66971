import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { recordAuditEvent } from '../audit';
import type { UserView } from './account.schemas';
import { sessions, users } from './accounts.table';
import { loadUserForUpdate } from './load-user';
import { actorOf, type RequestContext } from './request-context';
import { sessionCache } from './session-cache';
import { auditedUser, toUserView } from './user-view';

/** Disables (with a reason) or re-enables an account; disabling ends its sessions at once. */
export async function setUserDisabled(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  change: { disabled: true; reason: string } | { disabled: false },
): Promise<UserView> {
  sessionCache.forgetUser(userId);
  if (change.disabled && userId === ctx.user.id) throw new AppError('CANNOT_DISABLE_SELF');
  const before = await loadUserForUpdate(tx, ctx.tenantId, userId);
  const now = ctx.clock.now();
  const [after] = await tx
    .update(users)
    .set({
      isDisabled: change.disabled,
      disabledReason: change.disabled ? change.reason : null,
      updatedAt: now,
    })
    .where(eq(users.id, userId))
    .returning();
  if (change.disabled) {
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  }
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: change.disabled ? 'user.disable' : 'user.enable',
      objectType: 'user',
      objectId: userId,
      before: auditedUser(before),
      after: auditedUser(after!),
    },
    ctx.clock,
  );
  return toUserView(after!);
}
