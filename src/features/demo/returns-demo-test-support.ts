import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant, type Tx } from '../../platform/db';
import { type RequestContext, type Role, users } from '../accounts';
import { DEMO_COMPANY } from './demo-data';

/** Reads and signed-in contexts in the demo tenant of a seeded test database. */
export function demoReader(db: () => Db, tenantId: () => string, clock: Clock) {
  const inDemo = <T>(work: (tx: Tx) => Promise<T>) => inTenant(db(), tenantId(), work);
  /** A demo user (by login) signed in now. */
  const signedIn = async (login: string): Promise<RequestContext> => {
    const [user] = await inDemo((tx) =>
      tx
        .select({
          id: users.id,
          username: users.username,
          displayName: users.displayName,
          roles: users.roles,
        })
        .from(users)
        .where(eq(users.username, login)),
    );
    return {
      tenantId: tenantId(),
      tenantName: DEMO_COMPANY.name,
      tenantTimezone: 'Asia/Shanghai',
      user: { ...user!, roles: user!.roles as Role[] },
      sessionId: 'test',
      sourceIp: null,
      clock,
    };
  };
  return { inDemo, signedIn };
}
