import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { recordAuditEvent } from '../audit';
import { loginAttempts, sessions, users } from './accounts.table';
import { loadUserForUpdate } from './load-user';
import { hashPassword } from './password-hash';
import { actorOf, type RequestContext } from './request-context';
import { sessionCache } from './session-cache';
import { assertPasswordAllowed } from './tenant-password-policy';

/** An admin sets a new password: the user's sessions end and a lockout is lifted. */
export async function resetPassword(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  newPassword: string,
): Promise<void> {
  sessionCache.forgetUser(userId);
  const user = await loadUserForUpdate(tx, ctx.tenantId, userId);
  await assertPasswordAllowed(tx, ctx.tenantId, newPassword);
  const now = ctx.clock.now();
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), passwordChangedAt: now, updatedAt: now })
    .where(eq(users.id, userId));
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  await tx.insert(loginAttempts).values({
    username: user.username.toLowerCase(),
    tenantId: ctx.tenantId,
    outcome: 'unlocked',
    sourceIp: ctx.sourceIp,
    at: now,
  });
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    { action: 'user.resetPassword', objectType: 'user', objectId: userId },
    ctx.clock,
  );
}
