import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';

/** Calendar edits share one audit stream per tenant: `calendar:<tenantId>`. */
export function auditCalendar(
  tx: Tx,
  ctx: RequestContext,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  return recordAuditEvent(
    tx,
    actorOf(ctx),
    { action, objectType: 'calendar', objectId: ctx.tenantId, before, after },
    ctx.clock,
  );
}
