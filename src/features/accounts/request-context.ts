import type { Clock } from '../../platform/clock';
import type { Actor } from '../audit';
import type { Role } from './roles';

/** Who is asking, established from the session; every use case takes it. */
export interface RequestContext {
  tenantId: string;
  tenantName: string;
  /** IANA zone of the tenant's business days (numbering, date filters). */
  tenantTimezone: string;
  user: { id: string; username: string; displayName: string; roles: Role[] };
  sessionId: string;
  sourceIp: string | null;
  clock: Clock;
  /**
   * On PostgreSQL, takes a document number in its own short transaction, shared with the
   * requests waiting meanwhile (see batchedReservations). Absent (PGlite, which runs one transaction at a time, and tests),
   * numbers come from the caller's transaction and have no gaps.
   */
  reserveNumber?: (prefix: string, day: string) => Promise<string>;
}

export function actorOf(ctx: Pick<RequestContext, 'tenantId' | 'user' | 'sourceIp'>): Actor {
  return {
    tenantId: ctx.tenantId,
    userId: ctx.user.id,
    name: ctx.user.displayName,
    role: ctx.user.roles.join(','),
    sourceIp: ctx.sourceIp,
  };
}
