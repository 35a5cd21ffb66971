import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { vanOf } from './inventory-references';
import { moveStock } from './move-stock';

export interface VanMovementInput {
  workOrderId: string;
  /** The order's technician, whose van the part comes out of (or goes back into). */
  technicianId: string;
  partId: string;
  quantity: number;
  /** Required for serial-tracked parts (quantity 1). */
  serialNumber?: string;
}

const serialsOf = (input: VanMovementInput) =>
  input.serialNumber ? [input.serialNumber] : undefined;

/**
 * A part used on a work order comes out of the technician's van stock (an `issue` movement);
 * refused with NO_VAN_WAREHOUSE, INSUFFICIENT_STOCK, SERIAL_REQUIRED or SERIAL_NOT_IN_STOCK.
 * Answers with the catalogue's name, code and price (the order's part line defaults to them)
 * and the instant of the movement.
 */
export async function issueToWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  input: VanMovementInput,
): Promise<{ movementId: string; unitPriceCents: number; name: string; code: string; at: Date }> {
  const van = await vanOf(tx, ctx.tenantId, input.technicianId);
  const moved = await moveStock(tx, ctx, {
    kind: 'issue',
    partId: input.partId,
    quantity: input.quantity,
    fromWarehouseId: van.id,
    serialNumbers: serialsOf(input),
    workOrderId: input.workOrderId,
  });
  return {
    movementId: moved.movementIds[0]!,
    unitPriceCents: moved.part.priceCents,
    name: moved.part.name,
    code: moved.part.code,
    at: moved.at,
  };
}

/** A part taken off a work order goes back into the van (a `return` movement). */
export async function returnFromWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  input: VanMovementInput,
): Promise<void> {
  const van = await vanOf(tx, ctx.tenantId, input.technicianId);
  await moveStock(tx, ctx, {
    kind: 'return',
    partId: input.partId,
    quantity: input.quantity,
    toWarehouseId: van.id,
    serialNumbers: serialsOf(input),
    workOrderId: input.workOrderId,
  });
}
