import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { checkReturnTransition } from './repair-return.machine';
import type { RepairReturnAction, RepairReturnStatus } from './repair-return.states';
import { repairReturns } from './repair-returns.table';
import type { ShipmentRecord } from './shipment-records';

type ReturnPatch = Partial<Pick<typeof repairReturns.$inferInsert, 'shippedAt' | 'atVendorAt'>>;

/**
 * Moves the shipment's returns that are in `from` by `action`, all in one conditional write:
 * each move checked against the transition table for this user first, then
 * `UPDATE … WHERE status = $from`, each with the next version and its own audit event. The
 * shipment is locked already, so a count that differs is a concurrent step on a return: CONFLICT.
 * Returns the ids moved (none when none is in `from`).
 */
export async function moveShipmentReturns(
  tx: Tx,
  ctx: RequestContext,
  shipment: ShipmentRecord,
  action: Extract<RepairReturnAction, 'ship' | 'confirm_arrival'>,
  from: RepairReturnStatus,
  patch: ReturnPatch,
): Promise<string[]> {
  const rows = await tx
    .select({ id: repairReturns.id, status: repairReturns.status, version: repairReturns.version })
    .from(repairReturns)
    .where(
      and(
        eq(repairReturns.tenantId, ctx.tenantId),
        eq(repairReturns.shipmentId, shipment.id),
        eq(repairReturns.status, from),
      ),
    )
    .for('update');
  if (rows.length === 0) return [];
  const actor = { userId: ctx.user.id, roles: ctx.user.roles };
  let to: RepairReturnStatus | undefined;
  for (const rr of rows) {
    const move = checkReturnTransition({ status: rr.status }, action, actor);
    if (typeof move === 'string') throw new AppError(move);
    to = move.to;
  }
  const ids = rows.map((rr) => rr.id);
  const moved = await tx
    .update(repairReturns)
    .set({
      ...patch,
      status: to!,
      version: sql`${repairReturns.version} + 1`,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(repairReturns.tenantId, ctx.tenantId),
        inArray(repairReturns.id, ids),
        eq(repairReturns.shipmentId, shipment.id),
        eq(repairReturns.status, from),
      ),
    )
    .returning({ id: repairReturns.id });
  if (moved.length !== rows.length) throw new AppError('CONFLICT');
  const patched = Object.fromEntries(
    Object.entries(patch).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );
  for (const rr of rows)
    await recordAuditEvent(
      tx,
      actorOf(ctx),
      {
        action: `repairReturn.${action}`,
        objectType: 'repairReturn',
        objectId: rr.id,
        before: { status: rr.status, version: rr.version },
        after: {
          status: to,
          version: rr.version + 1,
          ...patched,
          shipmentId: shipment.id,
          shipmentNumber: shipment.number,
        },
      },
      ctx.clock,
    );
  return ids;
}
