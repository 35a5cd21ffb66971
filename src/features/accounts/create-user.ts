import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { recordAuditEvent } from '../audit';
import type { CreateUserBody, UserView } from './account.schemas';
import { loginNames, users } from './accounts.table';
import { hashPassword } from './password-hash';
import { actorOf, type RequestContext } from './request-context';
import { assertPasswordAllowed } from './tenant-password-policy';
import { auditedUser, toUserView } from './user-view';

export async function createUser(
  tx: Tx,
  ctx: RequestContext,
  input: CreateUserBody,
): Promise<UserView> {
  const username = input.username.toLowerCase();
  const [taken] = await tx.select().from(loginNames).where(eq(loginNames.username, username));
  if (taken) throw new AppError('USERNAME_TAKEN');
  await assertPasswordAllowed(tx, ctx.tenantId, input.password);
  const [user] = await tx
    .insert(users)
    .values({
      tenantId: ctx.tenantId,
      username: input.username,
      displayName: input.displayName,
      phone: input.phone ?? null,
      email: input.email ?? null,
      roles: [...new Set(input.roles)],
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  // Usernames are unique across tenants: the login form asks for nothing else.
  await tx.insert(loginNames).values({ username, tenantId: ctx.tenantId, userId: user!.id });
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'user.create',
      isNew: true,
      objectType: 'user',
      objectId: user!.id,
      after: auditedUser(user!),
    },
    ctx.clock,
  );
  return toUserView(user!);
}
