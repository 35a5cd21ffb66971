import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, hasPermission, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { takeInFromRepairReturn } from '../inventory';
import { type GoodPartsBody, type GoodPartsResult, MAX_LABEL_IDS } from './repair-return.schemas';
import type { RepairReturnStatus } from './repair-return.states';
import { repairReturns } from './repair-returns.table';

/** From registration on, until it goes back to the customer, a return's parts may come out. */
const TAKE_IN_STATES: readonly RepairReturnStatus[] = [
  'registered',
  'shipped',
  'at_vendor',
  'ready_to_return',
];

/**
 * 剩余配件: good parts left over from a repair return, taken into a warehouse (a `take_in`
 * movement each, serial by serial for serial-tracked parts) and then labelled. The returns
 * clerk or the warehouse keeper does it.
 */
export async function takeInGoodParts(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: GoodPartsBody,
): Promise<GoodPartsResult> {
  const { roles } = ctx.user;
  if (!hasPermission(roles, 'repairReturns.ship') && !hasPermission(roles, 'inventory.manage'))
    throw new AppError('FORBIDDEN');
  const [rr] = await tx
    .select({ id: repairReturns.id, number: repairReturns.number, status: repairReturns.status })
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, ctx.tenantId), eq(repairReturns.id, id)));
  if (!rr) throw new AppError('NOT_FOUND');
  if (!TAKE_IN_STATES.includes(rr.status)) throw new AppError('INVALID_TRANSITION');
  const movementIds: string[] = [];
  for (const line of input.lines) {
    const { movementIds: made } = await takeInFromRepairReturn(tx, ctx, {
      repairReturnId: id,
      warehouseId: input.warehouseId,
      partId: line.partId,
      quantity: line.quantity,
      serialNumbers: line.serialNumbers,
    });
    movementIds.push(...made);
  }
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'repairReturn.takeInGoodParts',
      objectType: 'repairReturn',
      objectId: id,
      after: { warehouseId: input.warehouseId, lines: input.lines, movementIds },
    },
    ctx.clock,
  );
  const labelsPdfUrl = `/api/repair-returns/${id}/good-parts/labels.pdf`;
  return {
    movements: movementIds.length,
    movementIds,
    // A URL holds so many ids: past that, the labels of all the return's good parts.
    labelsPdfUrl:
      movementIds.length <= MAX_LABEL_IDS
        ? `${labelsPdfUrl}?movementIds=${movementIds.join(',')}`
        : labelsPdfUrl,
  };
}
