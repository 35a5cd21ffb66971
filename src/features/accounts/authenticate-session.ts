import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, rowsOf } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { sessions } from './accounts.table';
import type { RequestContext } from './request-context';
import type { Role } from './roles';
import { type SessionPolicy, sessionExpiry } from './session-policy';
import { sessionIdOf } from './session-token';

/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

interface SessionRow {
  out_tenant_id: string;
  out_user_id: string;
  out_created_at: string | Date;
  out_last_seen_at: string | Date;
  out_revoked_at: string | Date | null;
  out_username: string;
  out_display_name: string;
  out_roles: Role[];
  out_is_disabled: boolean;
  out_tenant_name: string;
  out_tenant_timezone: string;
}

/**
 * Turns a session cookie into the request's context, or refuses it. One query (the
 * `app_session` function reads the session, then the user under the session's tenant).
 */
export async function authenticateSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  clock: Clock,
  sourceIp: string | null,
): Promise<RequestContext> {
  const id = sessionIdOf(token);
  const now = clock.now();
  const [row] = rowsOf<SessionRow>(await db.execute(sql`SELECT * FROM app_session(${id})`));
  if (!row || row.out_revoked_at) throw new AppError('UNAUTHENTICATED');
  const session = {
    createdAt: new Date(row.out_created_at),
    lastSeenAt: new Date(row.out_last_seen_at),
  };
  if (sessionExpiry(session, policy, now) !== 'active') {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
    throw new AppError('SESSION_EXPIRED');
  }
  if (row.out_is_disabled) {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
    throw new AppError('ACCOUNT_DISABLED');
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return {
    tenantId: row.out_tenant_id,
    tenantName: row.out_tenant_name,
    tenantTimezone: row.out_tenant_timezone,
    user: {
      id: row.out_user_id,
      username: row.out_username,
      displayName: row.out_display_name,
      roles: row.out_roles,
    },
    sessionId: id,
    sourceIp,
    clock,
  };
}
