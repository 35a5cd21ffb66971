import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { recordAuditEvent } from '../audit';
import { sessions, users } from './accounts.table';
import { loadUserForUpdate } from './load-user';
import { hashPassword, verifyPassword } from './password-hash';
import { actorOf, type RequestContext } from './request-context';
import { sessionCache } from './session-cache';
import { assertPasswordAllowed } from './tenant-password-policy';

/** The user changes their own password; their other sessions end. */
export async function changePassword(
  tx: Tx,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  sessionCache.forgetUser(ctx.user.id);
  const user = await loadUserForUpdate(tx, ctx.tenantId, ctx.user.id);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new AppError('WRONG_PASSWORD');
  await assertPasswordAllowed(tx, ctx.tenantId, input.newPassword);
  const now = ctx.clock.now();
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, user.id));
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), ne(sessions.id, ctx.sessionId)),
    );
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    { action: 'user.changePassword', objectType: 'user', objectId: user.id },
    ctx.clock,
  );
}
