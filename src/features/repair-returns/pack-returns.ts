import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { checkReturnTransition } from './repair-return.machine';
import { repairReturns } from './repair-returns.table';
import type { ShipmentRecord } from './shipment-records';

/**
 * Packs returns into a shipment that is being packed: each must be registered (ready to ship,
 * for this user), in no other shipment, and for the shipment's vendor when its vendor is set
 * already. Sets the return's vendor and shipment. A return already in this shipment is left
 * as it is. Returns the ids newly packed.
 */
export async function packReturns(
  tx: Tx,
  ctx: RequestContext,
  shipment: Pick<ShipmentRecord, 'id' | 'number' | 'vendorId'>,
  repairReturnIds: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(repairReturnIds)];
  const rows = await tx
    .select()
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, ctx.tenantId), inArray(repairReturns.id, wanted)))
    .for('update');
  if (rows.length !== wanted.length) throw new AppError('NOT_FOUND');
  const actor = { userId: ctx.user.id, roles: ctx.user.roles };
  const toPack = rows.filter((rr) => rr.shipmentId !== shipment.id);
  for (const rr of toPack) {
    const move = checkReturnTransition({ status: rr.status }, 'ship', actor);
    if (typeof move === 'string') throw new AppError(move);
    if (rr.shipmentId) throw new AppError('RETURN_ALREADY_PACKED');
    if (rr.vendorId && rr.vendorId !== shipment.vendorId)
      throw new AppError('SHIPMENT_VENDOR_MISMATCH');
  }
  if (toPack.length === 0) return [];
  const updated = await tx
    .update(repairReturns)
    .set({
      shipmentId: shipment.id,
      vendorId: shipment.vendorId,
      version: sql`${repairReturns.version} + 1`,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(repairReturns.tenantId, ctx.tenantId),
        inArray(
          repairReturns.id,
          toPack.map((rr) => rr.id),
        ),
        eq(repairReturns.status, 'registered'),
        isNull(repairReturns.shipmentId),
      ),
    )
    .returning({ id: repairReturns.id });
  if (updated.length !== toPack.length) throw new AppError('CONFLICT');
  for (const rr of toPack)
    await recordAuditEvent(
      tx,
      actorOf(ctx),
      {
        action: 'repairReturn.pack',
        objectType: 'repairReturn',
        objectId: rr.id,
        before: { shipmentId: null, vendorId: rr.vendorId, version: rr.version },
        after: {
          shipmentId: shipment.id,
          shipmentNumber: shipment.number,
          vendorId: shipment.vendorId,
          version: rr.version + 1,
        },
      },
      ctx.clock,
    );
  return toPack.map((rr) => rr.id);
}
