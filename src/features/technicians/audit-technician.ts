import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';

/** Every profile change lands on the technician's own chain (objectType 'technician'). */
export function auditTechnician(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  action: string,
  change: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null },
): Promise<void> {
  return recordAuditEvent(
    tx,
    actorOf(ctx),
    { action: `technician.${action}`, objectType: 'technician', objectId: userId, ...change },
    ctx.clock,
  );
}
