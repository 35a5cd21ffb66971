import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { ErrorCode } from '../../platform/errors/error-codes';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { ShipmentStatus } from './repair-return.states';
import { repairReturnShipments } from './repair-returns.table';

export type ShipmentRecord = typeof repairReturnShipments.$inferSelect;
type ShipmentPatch = Partial<
  Pick<
    typeof repairReturnShipments.$inferInsert,
    | 'status'
    | 'carrier'
    | 'trackingNumber'
    | 'expectedArrivalOn'
    | 'shippedBy'
    | 'shippedAt'
    | 'arrivedOn'
    | 'receivedByName'
    | 'arrivalConfirmedBy'
    | 'arrivalConfirmedAt'
  >
>;

/**
 * The shipment, locked until the transaction ends, so its returns change under one writer at a
 * time (always the shipment first, then its returns). NOT_FOUND outside the tenant; `refusal`
 * when it is not in `status`; CONFLICT when the version read is stale.
 */
export async function lockShipment(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  expected: { status: ShipmentStatus; refusal: ErrorCode; version: number },
): Promise<ShipmentRecord> {
  const [row] = await tx
    .select()
    .from(repairReturnShipments)
    .where(and(eq(repairReturnShipments.tenantId, ctx.tenantId), eq(repairReturnShipments.id, id)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status !== expected.status) throw new AppError(expected.refusal);
  if (row.version !== expected.version) throw new AppError('CONFLICT');
  return row;
}

const auditValue = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/**
 * Writes a change of the shipment, conditional on the status and version read, with the next
 * version, and its audit event `shipment.<action>` (stream per shipment).
 */
export async function updateShipment(
  tx: Tx,
  ctx: RequestContext,
  before: ShipmentRecord,
  action: string,
  patch: ShipmentPatch,
  note: Record<string, unknown> = {},
): Promise<ShipmentRecord> {
  const [after] = await tx
    .update(repairReturnShipments)
    .set({ ...patch, version: before.version + 1, updatedAt: ctx.clock.now() })
    .where(
      and(
        eq(repairReturnShipments.tenantId, ctx.tenantId),
        eq(repairReturnShipments.id, before.id),
        eq(repairReturnShipments.status, before.status),
        eq(repairReturnShipments.version, before.version),
      ),
    )
    .returning();
  if (!after) throw new AppError('CONFLICT');
  const keys = Object.keys(patch) as (keyof ShipmentRecord)[];
  const pick = (o: ShipmentRecord) => Object.fromEntries(keys.map((k) => [k, auditValue(o[k])]));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: `shipment.${action}`,
      objectType: 'shipment',
      objectId: before.id,
      before: { ...pick(before), version: before.version },
      after: { ...pick(after), version: after.version, ...note },
    },
    ctx.clock,
  );
  return after;
}
