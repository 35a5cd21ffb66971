import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { getShipment } from './get-shipment';
import { moveShipmentReturns } from './move-shipment-returns';
import { checkReturnTransition } from './repair-return.machine';
import type { dispatchShipmentBody, ShipmentView } from './shipment.schemas';
import { repairReturns } from './repair-returns.table';
import { startChases } from './return-timers';
import { lockShipment, updateShipment } from './shipment-records';

/**
 * 登记发运: the parcel leaves with its carrier and tracking number. Every return in it moves
 * registered → shipped (one packed but no longer registered stops the dispatch: take it out
 * first), and its chases start on its cadence.
 */
export async function dispatchShipment(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof dispatchShipmentBody>,
): Promise<ShipmentView> {
  const shipment = await lockShipment(tx, ctx, id, {
    status: 'packing',
    refusal: 'INVALID_TRANSITION',
    version: input.version,
  });
  const packed = await tx
    .select({ status: repairReturns.status })
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, ctx.tenantId), eq(repairReturns.shipmentId, id)));
  if (packed.length === 0) throw new AppError('SHIPMENT_EMPTY');
  const actor = { userId: ctx.user.id, roles: ctx.user.roles };
  for (const rr of packed) {
    const move = checkReturnTransition({ status: rr.status }, 'ship', actor);
    if (typeof move === 'string') throw new AppError(move);
  }
  const now = ctx.clock.now();
  const after = await updateShipment(tx, ctx, shipment, 'dispatch', {
    status: 'shipped',
    carrier: input.carrier,
    trackingNumber: input.trackingNumber,
    expectedArrivalOn: input.expectedArrivalOn ?? null,
    shippedBy: ctx.user.id,
    shippedAt: now,
  });
  const shipped = await moveShipmentReturns(tx, ctx, after, 'ship', 'registered', {
    shippedAt: now,
  });
  if (shipped.length !== packed.length) throw new AppError('CONFLICT');
  await startChases(tx, ctx.tenantId, ctx.clock, shipped);
  return getShipment(tx, ctx.tenantId, id);
}
