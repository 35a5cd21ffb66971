import { and, eq, gt } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { recordAuditEvent } from '../audit';
import { loginAttempts, loginNames, sessions, tenants, users } from './accounts.table';
import { isLockedOut, LOCKOUT } from './lockout.rules';
import { verifyAgainstDummy, verifyPassword } from './password-hash';
import { actorOf } from './request-context';
import type { Role } from './roles';
import type { SessionUser } from './account.schemas';
import { sessionCache } from './session-cache';
import { newSessionToken } from './session-token';

export interface LoginInput {
  username: string;
  password: string;
  sourceIp: string | null;
  userAgent: string | null;
  /** The session this browser had before, revoked so the id always changes at login. */
  previousSessionId?: string;
}

/** Checks the password, enforces the lockout, and starts a new server-side session. */
export async function login(
  db: Db,
  input: LoginInput,
  clock: Clock,
): Promise<{ token: string; user: SessionUser }> {
  const username = input.username.trim().toLowerCase();
  const now = clock.now();
  const recent = await db
    .select({ outcome: loginAttempts.outcome, at: loginAttempts.at, seq: loginAttempts.id })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, username),
        gt(loginAttempts.at, new Date(now.getTime() - LOCKOUT.windowMinutes * 60_000)),
      ),
    );
  if (isLockedOut(recent, now)) throw new AppError('ACCOUNT_LOCKED');

  const fail = async (tenantId: string | null) => {
    await db
      .insert(loginAttempts)
      .values({ username, tenantId, outcome: 'failed', sourceIp: input.sourceIp, at: now });
    return new AppError('INVALID_CREDENTIALS');
  };
  const [name] = await db.select().from(loginNames).where(eq(loginNames.username, username));
  if (!name) {
    await verifyAgainstDummy(input.password);
    throw await fail(null);
  }
  // The failed attempt is written after the transaction ends: PGlite has one connection, and
  // the record must outlive the rollback on PostgreSQL too.
  const signedIn = await inTenant(db, name.tenantId, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, name.userId));
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, name.tenantId));
    if (!user || !tenant || !(await verifyPassword(user.passwordHash, input.password))) return null;
    if (user.isDisabled) throw new AppError('ACCOUNT_DISABLED');
    if (input.previousSessionId) {
      sessionCache.forgetSession(input.previousSessionId);
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(eq(sessions.id, input.previousSessionId));
    }
    const { token, id } = newSessionToken();
    await tx.insert(sessions).values({
      id,
      tenantId: tenant.id,
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      sourceIp: input.sourceIp,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    await tx.insert(loginAttempts).values({
      username,
      tenantId: tenant.id,
      outcome: 'succeeded',
      sourceIp: input.sourceIp,
      at: now,
    });
    const roles = user.roles as Role[];
    const sessionUser = {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles,
      tenantId: tenant.id,
      tenantName: tenant.name,
    };
    await recordAuditEvent(
      tx,
      actorOf({ tenantId: tenant.id, user: sessionUser, sourceIp: input.sourceIp }),
      { action: 'user.login', objectType: 'user', objectId: user.id },
      clock,
    );
    return { token, user: sessionUser };
  });
  if (!signedIn) throw await fail(name.tenantId);
  return signedIn;
}
