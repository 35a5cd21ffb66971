import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { sessions, tenants, users } from './accounts.table';
import type { RequestContext } from './request-context';
import type { Role } from './roles';
import { type SessionPolicy, sessionExpiry } from './session-policy';
import { sessionIdOf } from './session-token';

/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

/** Turns a session cookie into the request's context, or refuses it. */
export async function authenticateSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  clock: Clock,
  sourceIp: string | null,
): Promise<RequestContext> {
  const id = sessionIdOf(token);
  const now = clock.now();
  const [session] = await db.select().from(sessions).where(eq(sessions.id, id));
  if (!session || session.revokedAt) throw new AppError('UNAUTHENTICATED');
  if (sessionExpiry(session, policy, now) !== 'active') {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
    throw new AppError('SESSION_EXPIRED');
  }
  return inTenant(db, session.tenantId, async (tx) => {
    const [row] = await tx
      .select({ user: users, tenantName: tenants.name, tenantTimezone: tenants.timezone })
      .from(users)
      .innerJoin(tenants, eq(tenants.id, users.tenantId))
      .where(eq(users.id, session.userId));
    if (!row || row.user.isDisabled) {
      await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
      throw new AppError(row ? 'ACCOUNT_DISABLED' : 'UNAUTHENTICATED');
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    }
    const { user } = row;
    return {
      tenantId: session.tenantId,
      tenantName: row.tenantName,
      tenantTimezone: row.tenantTimezone,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        roles: user.roles as Role[],
      },
      sessionId: id,
      sourceIp,
      clock,
    };
  });
}
