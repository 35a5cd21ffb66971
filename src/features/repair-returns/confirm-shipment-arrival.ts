import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { getShipment } from './get-shipment';
import { moveShipmentReturns } from './move-shipment-returns';
import type { confirmArrivalBody, ShipmentView } from './shipment.schemas';
import { lockShipment, updateShipment } from './shipment-records';

/**
 * The vendor has the parcel: the day it arrived (not before it left, not in the future) and who
 * there received it. Every return in it still on its way moves shipped → at the vendor; one
 * already received back meanwhile stays as it is.
 */
export async function confirmShipmentArrival(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof confirmArrivalBody>,
): Promise<ShipmentView> {
  const shipment = await lockShipment(tx, ctx, id, {
    status: 'shipped',
    refusal: 'INVALID_TRANSITION',
    version: input.version,
  });
  const now = ctx.clock.now();
  const shippedOn = localDay(shipment.shippedAt ?? now, ctx.tenantTimezone);
  if (input.arrivedOn < shippedOn || input.arrivedOn > localDay(now, ctx.tenantTimezone))
    throw new AppError('VALIDATION_FAILED', {}, [
      { path: 'body.arrivedOn', message: 'between the day it was shipped and today' },
    ]);
  const after = await updateShipment(tx, ctx, shipment, 'confirmArrival', {
    status: 'arrived',
    arrivedOn: input.arrivedOn,
    receivedByName: input.receivedByName,
    arrivalConfirmedBy: ctx.user.id,
    arrivalConfirmedAt: now,
  });
  await moveShipmentReturns(tx, ctx, after, 'confirm_arrival', 'shipped', { atVendorAt: now });
  return getShipment(tx, ctx.tenantId, id);
}
