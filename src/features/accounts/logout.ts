import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { sessions } from './accounts.table';
import type { RequestContext } from './request-context';
import { sessionCache } from './session-cache';

export async function logout(db: Db, ctx: RequestContext): Promise<void> {
  sessionCache.forgetSession(ctx.sessionId);

  await db
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(eq(sessions.id, ctx.sessionId));
}
