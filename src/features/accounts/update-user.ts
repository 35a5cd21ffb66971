import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { recordAuditEvent } from '../audit';
import type { updateUserBody, UserView } from './account.schemas';
import { users } from './accounts.table';
import { loadUserForUpdate } from './load-user';
import { actorOf, type RequestContext } from './request-context';
import { sessionCache } from './session-cache';
import { auditedUser, toUserView } from './user-view';

export async function updateUser(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  input: z.infer<typeof updateUserBody>,
): Promise<UserView> {
  sessionCache.forgetUser(userId);
  const before = await loadUserForUpdate(tx, ctx.tenantId, userId);
  const [after] = await tx
    .update(users)
    .set({
      displayName: input.displayName ?? before.displayName,
      phone: input.phone === undefined ? before.phone : input.phone,
      email: input.email === undefined ? before.email : input.email,
      roles: input.roles ? [...new Set(input.roles)] : before.roles,
      updatedAt: ctx.clock.now(),
    })
    .where(eq(users.id, userId))
    .returning();
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'user.update',
      objectType: 'user',
      objectId: userId,
      before: auditedUser(before),
      after: auditedUser(after!),
    },
    ctx.clock,
  );
  return toUserView(after!);
}
