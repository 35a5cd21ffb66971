import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { getShipment } from './get-shipment';
import { packReturns } from './pack-returns';
import type { ShipmentView } from './shipment.schemas';
import { repairReturns } from './repair-returns.table';
import { lockShipment, updateShipment } from './shipment-records';

const packing = (version: number) =>
  ({ status: 'packing', refusal: 'SHIPMENT_NOT_PACKING', version }) as const;

/** Packs more registered returns into a shipment while it is being packed. */
export async function addShipmentItems(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: { version: number; repairReturnIds: string[] },
): Promise<ShipmentView> {
  const shipment = await lockShipment(tx, ctx, id, packing(input.version));
  const added = await packReturns(tx, ctx, shipment, input.repairReturnIds);
  await updateShipment(tx, ctx, shipment, 'addItems', {}, { added });
  return getShipment(tx, ctx.tenantId, id);
}

/**
 * Takes a return out of a shipment while it is being packed (whatever its state: one finished
 * in house meanwhile must come out before dispatch). Its vendor goes too, so a return packed
 * for the wrong vendor by mistake can still go to the right one.
 */
export async function removeShipmentItem(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  repairReturnId: string,
  version: number,
): Promise<ShipmentView> {
  const shipment = await lockShipment(tx, ctx, id, packing(version));
  const [removed] = await tx
    .update(repairReturns)
    .set({
      shipmentId: null,
      vendorId: null,
      version: sql`${repairReturns.version} + 1`,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(repairReturns.tenantId, ctx.tenantId),
        eq(repairReturns.id, repairReturnId),
        eq(repairReturns.shipmentId, id),
      ),
    )
    .returning({ id: repairReturns.id, version: repairReturns.version });
  if (!removed) throw new AppError('NOT_FOUND');
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'repairReturn.unpack',
      objectType: 'repairReturn',
      objectId: removed.id,
      before: { shipmentId: id, vendorId: shipment.vendorId, version: removed.version - 1 },
      after: { shipmentId: null, vendorId: null, version: removed.version },
    },
    ctx.clock,
  );
  await updateShipment(tx, ctx, shipment, 'removeItem', {}, { removed: repairReturnId });
  return getShipment(tx, ctx.tenantId, id);
}
